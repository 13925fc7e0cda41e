package org.reportcycle.opening.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.office.TrackingService;
import org.reportcycle.office.ui.AdminLinks;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.opening.CycleOpeningJobs.Progress;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.ui.Notices;

/**
 * Cycle set-up: the year, the participating units picked from the unit tree (checking a unit checks its
 * whole sub-tree), the deadlines per unit level (statutory defaults, editable), a check that every unit
 * has its people (memberships carry over from cycle to cycle), and opening the cycle in the background
 * with a progress bar that the screen polls.
 */
@Route("admin/cycles")
@RolesAllowed(Roles.ADMIN)
class CycleSetupView extends VerticalLayout implements HasDynamicTitle {

    private final CycleOpeningJobs jobs;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final IntegerField year = new IntegerField();
    private final TreeGrid<Unit> tree = new TreeGrid<>();
    private final TreeData<Unit> treeData = new TreeData<>();
    private final Span selectedCount = new Span();
    private final Map<UnitLevel, Map<Milestone, DatePicker>> pickers = new EnumMap<>(UnitLevel.class);
    private final VerticalLayout peopleCheck = new VerticalLayout();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private boolean cascading;
    private Long jobId;

    CycleSetupView(
            CycleOpeningJobs jobs, CycleService cycles, OrganizationService organization, TrackingService tracking) {
        this.jobs = jobs;
        this.cycles = cycles;
        this.organization = organization;
        year.setId("cycle-year");
        year.setLabel(getTranslation("cycleSetup.year"));
        year.setStepButtonsVisible(true);
        year.setValue(tracking.today().getYear());
        year.addValueChangeListener(e -> loadDeadlines());

        configureTree();
        Button open = new Button(getTranslation("cycleSetup.open"), e -> open());
        open.setId("open-cycle");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        Button save = new Button(getTranslation("cycleSetup.saveDeadlines"), e -> saveDeadlines());
        save.setId("save-deadlines");
        bar.setId("opening-progress");
        bar.setVisible(false);
        progressText.setId("opening-text");
        peopleCheck.setId("people-check");
        peopleCheck.setPadding(false);
        peopleCheck.setSpacing(false);

        add(
                new H2(getTranslation("cycleSetup.title")),
                AdminLinks.bar(),
                year,
                new H3(getTranslation("cycleSetup.units")),
                selectedCount,
                tree,
                new H3(getTranslation("cycleSetup.deadlines")),
                deadlineForm(),
                peopleCheck,
                new HorizontalLayout(open, save),
                bar,
                progressText);
        loadDeadlines();
        updateSelection();
        Notices.attempt(() -> jobs.latest(year.getValue())).flatMap(o -> o).ifPresent(p -> {
            jobId = p.jobId();
            showProgress();
        });
    }

    private void configureTree() {
        tree.setId("unit-tree");
        List<Unit> active = organization.allUnits().stream()
                .filter(Unit::isActive)
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        Set<Long> ids = active.stream().map(Unit::getId).collect(Collectors.toSet());
        Map<Long, List<Unit>> children = active.stream()
                .filter(u -> u.getParentId() != null && ids.contains(u.getParentId()))
                .collect(Collectors.groupingBy(Unit::getParentId));
        List<Unit> roots = active.stream()
                .filter(u -> u.getParentId() == null || !ids.contains(u.getParentId()))
                .toList();
        treeData.addItems(roots, u -> children.getOrDefault(u.getId(), List.of()));
        tree.setTreeData(treeData);
        tree.addHierarchyColumn(Unit::getName)
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(3);
        tree.addColumn(u -> getTranslation(u.getLevel().messageKey())).setHeader(getTranslation("dashboard.level"));
        tree.addColumn(Unit::getCode).setHeader(getTranslation("people.code"));
        tree.setSelectionMode(Grid.SelectionMode.MULTI);
        tree.setHeight("20rem");
        tree.asMultiSelect().addSelectionListener(e -> {
            if (cascading) {
                return;
            }
            cascading = true;
            try {
                e.getAddedSelection().forEach(u -> descendants(u).forEach(tree::select));
                e.getRemovedSelection().forEach(u -> descendants(u).forEach(tree::deselect));
            } finally {
                cascading = false;
            }
            updateSelection();
        });
    }

    private List<Unit> descendants(Unit unit) {
        List<Unit> found = new ArrayList<>();
        for (Unit child : treeData.getChildren(unit)) {
            found.add(child);
            found.addAll(descendants(child));
        }
        return found;
    }

    private VerticalLayout deadlineForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        for (UnitLevel level : UnitLevel.values()) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            Span label = new Span(getTranslation(level.messageKey()));
            label.setWidth("7em");
            row.add(label);
            Map<Milestone, DatePicker> byMilestone = new EnumMap<>(Milestone.class);
            for (Milestone m : Milestone.values()) {
                DatePicker picker = new DatePicker(getTranslation(m.messageKey()));
                picker.setId("due-" + level.name() + "-" + m.name());
                picker.setWidth("10em");
                byMilestone.put(m, picker);
                row.add(picker);
            }
            pickers.put(level, byMilestone);
            form.add(row);
        }
        return form;
    }

    private void loadDeadlines() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        DeadlineTable table =
                cycles.byYear(y).map(c -> cycles.deadlines(c.getId())).orElse(new DeadlineTable(y, Map.of()));
        pickers.forEach((level, byMilestone) -> byMilestone.forEach((m, p) -> p.setValue(table.due(level, m))));
    }

    private Map<UnitLevel, Map<Milestone, LocalDate>> dates() {
        Map<UnitLevel, Map<Milestone, LocalDate>> dates = new EnumMap<>(UnitLevel.class);
        pickers.forEach((level, byMilestone) -> byMilestone.forEach((m, p) -> {
            if (p.getValue() != null) {
                dates.computeIfAbsent(level, l -> new EnumMap<>(Milestone.class))
                        .put(m, p.getValue());
            }
        }));
        return dates;
    }

    private void updateSelection() {
        Set<Unit> selected = tree.getSelectedItems();
        selectedCount.setText(getTranslation("cycleSetup.selected", String.valueOf(selected.size())));
        peopleCheck.removeAll();
        if (selected.isEmpty()) {
            return;
        }
        Map<Long, Set<Role>> roles = organization.rolesByUnit();
        List<String> missing = selected.stream()
                .sorted(Comparator.comparing(Unit::getName))
                .map(u -> {
                    Set<Role> has = roles.getOrDefault(u.getId(), Set.of());
                    String lacking = java.util.Arrays.stream(Role.values())
                            .filter(r -> !has.contains(r))
                            .map(r -> getTranslation(r.messageKey()))
                            .collect(Collectors.joining("、"));
                    return lacking.isEmpty() ? null : getTranslation("cycleSetup.missing", u.getName(), lacking);
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        if (missing.isEmpty()) {
            peopleCheck.add(new Paragraph(getTranslation("cycleSetup.peopleComplete")));
        } else {
            peopleCheck.add(new Paragraph(getTranslation("cycleSetup.people")));
            missing.stream().limit(30).forEach(line -> peopleCheck.add(new Span(line)));
        }
    }

    private void open() {
        List<Long> unitIds = tree.getSelectedItems().stream().map(Unit::getId).toList();
        Integer y = year.getValue();
        Notices.attempt(() -> jobs.start(y == null ? 0 : y, unitIds, dates())).ifPresent(id -> {
            jobId = id;
            Notices.success("cycleSetup.started", String.valueOf(unitIds.size()));
            showProgress();
        });
    }

    private void saveDeadlines() {
        Integer y = year.getValue();
        Notices.attempt(() -> jobs.saveDeadlines(y == null ? 0 : y, dates()))
                .ifPresent(n -> Notices.success("cycleSetup.deadlinesSaved"));
    }

    /** Shows the job's progress; keeps the screen polling while it runs. */
    void showProgress() {
        if (jobId == null) {
            return;
        }
        Progress p = Notices.attempt(() -> jobs.progress(jobId)).flatMap(o -> o).orElse(null);
        if (p == null) {
            return;
        }
        bar.setVisible(true);
        bar.setMax(Math.max(1, p.total()));
        bar.setValue(Math.min(p.done(), Math.max(1, p.total())));
        String key = switch (p.state()) {
            case RUNNING -> "cycleSetup.progress";
            case DONE -> "cycleSetup.done";
            case FAILED -> "cycleSetup.failed";
        };
        progressText.setText(
                p.state() == CycleOpeningJobs.State.FAILED
                        ? getTranslation(key, p.error())
                        : getTranslation(key, String.valueOf(p.done()), String.valueOf(p.total())));
        UI ui = UI.getCurrent();
        if (ui != null) {
            if (p.state() == CycleOpeningJobs.State.RUNNING) {
                ui.setPollInterval(1000);
                if (pollRegistration == null) {
                    pollRegistration = ui.addPollListener(e -> showProgress());
                }
            } else {
                ui.setPollInterval(-1);
                if (pollRegistration != null) {
                    pollRegistration.remove();
                    pollRegistration = null;
                }
            }
        }
    }

    private com.vaadin.flow.shared.Registration pollRegistration;

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            event.getUI().setPollInterval(-1);
        }
    }

    TreeGrid<Unit> tree() {
        return tree;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycleSetup.title") + " · " + getTranslation("app.name");
    }
}
