package org.reportcycle.opening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.AdminLinks;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * Cycle set-up: the year, the participating units picked from the unit tree ({@link UnitPicker}), the
 * deadlines per unit level ({@link DeadlineForm}: statutory defaults, editable), a check that every unit has its
 * people (memberships carry over from cycle to cycle), and opening the cycle in the background with a progress
 * bar that the screen polls ({@link OpeningProgress}).
 */
@Route("admin/cycles")
@RolesAllowed(Roles.ADMIN)
class CycleSetupView extends VerticalLayout implements HasDynamicTitle {

    private final CycleOpeningJobs jobs;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final IntegerField year = new IntegerField();
    private final UnitPicker tree;
    private final Span selectedCount = new Span();
    private final DeadlineForm deadlines = new DeadlineForm();
    private final VerticalLayout peopleCheck = new VerticalLayout();
    private final OpeningProgress progress;

    CycleSetupView(
            CycleOpeningJobs jobs,
            CycleService cycles,
            OrganizationService organization,
            Clock clock,
            UiFormats formats) {
        this.jobs = jobs;
        this.cycles = cycles;
        this.organization = organization;
        this.tree = new UnitPicker(organization.allUnits(), this::updateSelection);
        this.progress = new OpeningProgress(jobs);
        year.setId("cycle-year");
        year.setLabel(getTranslation("cycleSetup.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock.withZone(formats.zone())).getYear());
        year.addValueChangeListener(e -> loadDeadlines());

        Button open = new Button(getTranslation("cycleSetup.open"), e -> open());
        open.setId("open-cycle");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        Button save = new Button(getTranslation("cycleSetup.saveDeadlines"), e -> saveDeadlines());
        save.setId("save-deadlines");
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
                deadlines,
                peopleCheck,
                new HorizontalLayout(open, save),
                progress);
        loadDeadlines();
        updateSelection();
        Notices.attempt(() -> jobs.latest(year.getValue())).flatMap(o -> o).ifPresent(p -> progress.follow(p.jobId()));
    }

    private void loadDeadlines() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        deadlines.show(cycles.byYear(y).map(c -> cycles.deadlines(c.getId())).orElse(new DeadlineTable(y, Map.of())));
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
                    String lacking = Arrays.stream(Role.values())
                            .filter(r -> !has.contains(r))
                            .map(r -> getTranslation(r.messageKey()))
                            .collect(Collectors.joining("、"));
                    return lacking.isEmpty() ? null : getTranslation("cycleSetup.missing", u.getName(), lacking);
                })
                .filter(Objects::nonNull)
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
        Notices.attempt(() -> jobs.start(y == null ? 0 : y, unitIds, deadlines.dates()))
                .ifPresent(id -> {
                    Notices.success("cycleSetup.started", String.valueOf(unitIds.size()));
                    progress.follow(id);
                });
    }

    private void saveDeadlines() {
        Integer y = year.getValue();
        Notices.attempt(() -> jobs.saveDeadlines(y == null ? 0 : y, deadlines.dates()))
                .ifPresent(n -> Notices.success("cycleSetup.deadlinesSaved"));
    }

    /** Shows the opening job's progress now (the screen also polls while it runs). */
    void showProgress() {
        progress.refresh();
    }

    TreeGrid<Unit> tree() {
        return tree;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycleSetup.title") + " · " + getTranslation("app.name");
    }
}
