package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.DueLabel;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.CurrentTask;

/** The report's title and where it stands: its step, the step's due date and who may act on it. */
class WorkspaceHeader extends VerticalLayout {

    WorkspaceHeader(ReportView report, CurrentTask task, List<String> actors, UiFormats formats) {
        setPadding(false);
        setSpacing(false);
        H2 title = new H2(report.title());
        title.setId("report-title");
        Span facts = new Span(getTranslation(
                "workspace.facts", report.unitName(), String.valueOf(report.year()), String.valueOf(report.version())));
        Span step = new Span(
                getTranslation("workspace.step", getTranslation(report.step().messageKey())));
        step.setId("report-step");
        step.getStyle().setFontWeight("600");
        HorizontalLayout status = new HorizontalLayout(step);
        status.setSpacing(true);
        status.getStyle().set("flex-wrap", "wrap");
        if (task != null && task.due() != null) {
            status.add(new Span(getTranslation("workspace.due")), new DueLabel(formats, task.due(), task.overdue()));
        }
        if (!actors.isEmpty()) {
            Span who = new Span(getTranslation("workspace.actors", String.join("、", actors)));
            who.setId("report-actors");
            status.add(who);
        }
        if (report.publishedAt() != null) {
            status.add(new Span(getTranslation("workspace.publishedOn", formats.date(report.publishedAt()))));
        }
        add(title, facts, status);
    }

    /**
     * The people who may act on the open task: members of the unit in the step's role whose group is a
     * candidate of the task (for sign-off, only the leader whose turn it is).
     */
    static List<String> actors(
            ReportView report, CurrentTask task, OrganizationService organization, Candidates candidates) {
        if (task == null || task.step().actor() == null) {
            return List.of();
        }
        if (task.assignee() != null) {
            // handed to one person (转办, 加签): they alone act on it
            return organization
                    .user(task.assignee())
                    .map(u -> List.of(u.getDisplayName()))
                    .orElse(List.of());
        }
        Role role = task.step().actor();
        return organization.members(report.unitId(), role).stream()
                .filter(m -> task.candidates().contains(groupOf(report.unitId(), m, candidates)))
                .map(MemberView::displayName)
                .toList();
    }

    private static String groupOf(Long unitId, MemberView member, Candidates candidates) {
        return member.role() == Role.LEADER
                ? candidates.leaderGroup(unitId, member.signOrder())
                : candidates.group(unitId, member.role().name());
    }
}
