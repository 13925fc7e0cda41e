package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.audit.DecisionHistory;
import org.reportcycle.audit.DecisionHistory.Decision;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.PartConflictException;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.review.CommentService;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.CurrentTask;
import org.reportcycle.workflow.WorkflowService;

/**
 * One report: where it stands, its parts (editable by the unit's drafters while drafting or revising), the
 * decisions the caller may take now, and its history. Everything is reloaded after each change, so the
 * screen always shows what the services decided.
 */
@Route("reports/:id")
@PermitAll
class ReportWorkspaceView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ReportCompliance compliance;
    private final WorkflowService workflow;
    private final CurrentUserService users;
    private final OrganizationService organization;
    private final Candidates candidates;
    private final List<StepActions> stepActions;
    private final List<WorkspaceSection> sections;
    private final UiFormats formats;
    private final DecisionHistory decisions;
    private final CommentService comments;
    /** The drafter's compliance exceptions, kept across reloads (a save reloads the workspace) until submitted. */
    private final Map<String, String> exceptionReasons = new HashMap<>();

    private Long reportId;
    private String pageTitle;
    private PartsEditor editor;

    ReportWorkspaceView(
            ReportService reports,
            ReportCompliance compliance,
            WorkflowService workflow,
            CurrentUserService users,
            OrganizationService organization,
            Candidates candidates,
            List<StepActions> stepActions,
            List<WorkspaceSection> sections,
            UiFormats formats,
            DecisionHistory decisions,
            CommentService comments) {
        this.reports = reports;
        this.compliance = compliance;
        this.workflow = workflow;
        this.users = users;
        this.organization = organization;
        this.candidates = candidates;
        this.stepActions = stepActions;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(WorkspaceSection::order))
                .toList();
        this.formats = formats;
        this.decisions = decisions;
        this.comments = comments;
        setMaxWidth("75rem");
        WorkspaceStyles.addTo(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exceptionReasons.clear();
        reportId = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        load();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedTextGuard.beforeLeave(event, () -> editor != null && editor.hasUnsavedEdits());
    }

    private void load() {
        removeAll();
        WorkspaceStyles.addTo(this);
        editor = null;
        Optional.ofNullable(UI.getCurrent()).ifPresent(UnsavedTextGuard::install);
        pageTitle = getTranslation("workspace.title");
        Optional<Loaded> loaded = Notices.attempt(this::fetch);
        if (loaded.isEmpty()) {
            // Refused or missing: say so and show nothing of the report
            Paragraph unavailable = new Paragraph(getTranslation("workspace.unavailable"));
            unavailable.setId("workspace-unavailable");
            add(unavailable);
            return;
        }
        Loaded l = loaded.get();
        pageTitle = l.report().title();
        boolean editable =
                l.report().step().editable() && l.user().hasRole(l.report().unitId(), Role.DRAFTER);
        editor = new PartsEditor(
                l.report(),
                editable,
                this::save,
                draft ->
                        Notices.attempt(() -> compliance.check(reportId, draft)).orElse(List.of()),
                exceptionReasons);
        List<String> actors = WorkspaceHeader.actors(l.report(), l.task(), organization, candidates);
        add(new WorkspaceHeader(l.report(), l.task(), actors, formats));
        decisionContext(l, actors);
        // the decisions follow the text and stick to the bottom of the screen while it scrolls (phones)
        add(editor, actionBar(l, editor));
        sections.forEach(section -> add(new SectionPanel(section, l.report())));
    }

    /** The 审批意见 timeline and, while a returned report is being redrafted, who returned it and why. */
    private void decisionContext(Loaded l, List<String> actors) {
        if (!decisions.maySee(l.report().unitId())) {
            return; // people copied in see the report, not its trail
        }
        List<Decision> taken = Notices.attempt(() -> decisions.of(l.report().unitId(), reportId))
                .orElse(List.of());
        if (l.report().step().editable() && !taken.isEmpty() && taken.getLast().isReturn()) {
            add(new ReturnBanner(taken.getLast(), comments.openCount(reportId), formats));
        }
        add(new DecisionTimeline(l.report(), taken, l.task(), actors, formats));
    }

    private Loaded fetch() {
        if (reportId == null) {
            throw new NotFoundException("error.reportNotFound", "?");
        }
        ReportView report = reports.view(reportId);
        CurrentTask task = workflow.currentTask(reportId).orElse(null);
        CurrentUser user = users.require();
        boolean candidate = task != null && candidates.groupsOf(user).stream().anyMatch(task.candidates()::contains);
        return new Loaded(report, task, user, candidate);
    }

    private Component actionBar(Loaded l, PartsEditor editor) {
        WorkspaceContext context = new WorkspaceContext(
                l.report(),
                l.task(),
                l.user(),
                l.candidate(),
                editor::hasUnsavedEdits,
                this::completed,
                exceptionReasons);
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("step-actions");
        bar.addClassName("rc-action-bar");
        bar.setWidthFull();
        stepActions.forEach(a -> bar.add(a.actions(context)));
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private void save(Map<Part, PartEdit> edits) {
        Notices.attempt(() -> {
                    try {
                        return reports.save(reportId, edits, null);
                    } catch (PartConflictException conflict) {
                        // both texts side by side; keeping mine saves again over the newer version
                        new PartConflictDialog(
                                        conflict,
                                        () -> {
                                            Map<Part, PartEdit> again = new EnumMap<>(edits);
                                            again.put(
                                                    conflict.part(),
                                                    new PartEdit(conflict.yours(), conflict.currentRowVersion()));
                                            save(again);
                                        },
                                        this::load)
                                .open();
                        return null;
                    }
                })
                .ifPresent(saved -> completed("notice.saved"));
    }

    private void completed(String noticeKey) {
        if ("notice.submit".equals(noticeKey)) {
            exceptionReasons.clear(); // recorded with the submission
        }
        load();
        Notices.success(noticeKey);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }

    private record Loaded(ReportView report, CurrentTask task, CurrentUser user, boolean candidate) {}
}
