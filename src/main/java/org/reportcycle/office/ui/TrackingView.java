package org.reportcycle.office.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.office.ChaseService;
import org.reportcycle.office.DashboardFilter;
import org.reportcycle.office.DashboardRow;
import org.reportcycle.office.DashboardSort;
import org.reportcycle.office.StepChart;
import org.reportcycle.office.TrackingService;
import org.reportcycle.office.YearOverYearService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.AdminLinks;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * The tracking dashboard: one row per unit of a cycle — step, who holds it, next deadline and days left
 * (overdue in red), last activity — with filters, urgency order, counts per step as a chart, chasing and
 * drill-down to the report. The grid pages through the database, so 20,000 units cost one page at a time.
 */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
class TrackingView extends VerticalLayout implements HasDynamicTitle {

    static final String OVERDUE_COLOR = "#c62828";

    private final TrackingService tracking;
    private final ChaseService chasing;
    private final UiFormats formats;
    private final YearOverYearService yoy;
    private final ComboBox<Cycle> cycle = new ComboBox<>();
    private final ComboBox<UnitLevel> level = new ComboBox<>();
    private final ComboBox<Step> step = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<Unit> subtree = new ComboBox<>();
    private final Span count = new Span();
    private final Div chart = new Div();
    private final Grid<DashboardRow> grid = new Grid<>();

    TrackingView(
            TrackingService tracking,
            ChaseService chasing,
            OrganizationService organization,
            UiFormats formats,
            DashboardExport export,
            YearOverYearService yoy) {
        this.tracking = tracking;
        this.yoy = yoy;
        this.chasing = chasing;
        this.formats = formats;
        setSizeFull();
        List<Cycle> cycles = Notices.attempt(tracking::cycles).orElse(List.of());
        cycle.setId("filter-cycle");
        cycle.setLabel(getTranslation("column.year"));
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(c -> String.valueOf(c.getReportYear()));
        level.setId("filter-level");
        level.setLabel(getTranslation("dashboard.level"));
        level.setItems(UnitLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setClearButtonVisible(true);
        step.setId("filter-step");
        step.setLabel(getTranslation("column.step"));
        step.setItems(Step.values());
        step.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        step.setClearButtonVisible(true);
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("dashboard.overdueOnly"));
        subtree.setId("filter-subtree");
        subtree.setLabel(getTranslation("dashboard.subtree"));
        subtree.setItems(
                q -> organization.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> organization.countUnits(q.getFilter().orElse("")));
        subtree.setItemLabelGenerator(Unit::getName);
        subtree.setClearButtonVisible(true);
        count.setId("dashboard-count");
        chart.setId("step-chart");

        configureGrid();
        List.of(cycle, level, step, subtree).forEach(f -> f.addValueChangeListener(e -> refresh()));
        overdue.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(cycle, level, step, subtree, overdue, count);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        Button chaseSelected = new Button(getTranslation("chase.selected"), e -> chase(false));
        chaseSelected.setId("chase-selected");
        Button chaseOverdue = new Button(getTranslation("chase.overdue"), e -> chase(true));
        chaseOverdue.setId("chase-overdue");
        HorizontalLayout actions =
                new HorizontalLayout(chaseSelected, chaseOverdue, export.dashboardLink(this::filter), AdminLinks.bar());
        actions.setAlignItems(Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("admin.title")), filters, actions, chart, grid);
        setFlexGrow(1, grid);
        if (!cycles.isEmpty()) {
            cycle.setValue(cycles.get(0));
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("dashboard");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(DashboardRow::unitName)
                .setKey("unit")
                .setHeader(getTranslation("column.unit"))
                .setSortProperty(DashboardSort.UNIT.name())
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.level().messageKey()))
                .setKey("level")
                .setHeader(getTranslation("dashboard.level"));
        grid.addColumn(r -> getTranslation(r.step().messageKey()))
                .setKey("step")
                .setHeader(getTranslation("column.step"))
                .setSortProperty(DashboardSort.STEP.name());
        grid.addColumn(r -> String.join("、", r.holders()))
                .setKey("holders")
                .setHeader(getTranslation("dashboard.holders"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::dueCell))
                .setKey("due")
                .setHeader(getTranslation("column.due"))
                .setSortProperty(DashboardSort.DUE.name());
        grid.addColumn(r -> formats.dateTime(r.lastActivity()))
                .setKey("activity")
                .setHeader(getTranslation("dashboard.lastActivity"));
        grid.addItemDoubleClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId())));
        grid.addColumn(new ComponentRenderer<>(r -> {
                    Button open = new Button(
                            getTranslation("dashboard.open"),
                            e -> getUI().ifPresent(ui -> ui.navigate("reports/" + r.reportId())));
                    open.addThemeNames("tertiary-inline");
                    return open;
                }))
                .setKey("open")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
                    Button compare = new Button(getTranslation("yoy.short"), e -> compare(r));
                    compare.addThemeNames("tertiary-inline");
                    return compare;
                }))
                .setKey("yoy")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setItems(
                q -> {
                    DashboardSort sort = DashboardSort.URGENCY;
                    boolean descending = false;
                    if (!q.getSortOrders().isEmpty()) {
                        sort = DashboardSort.valueOf(q.getSortOrders().get(0).getSorted());
                        descending = q.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING;
                    }
                    DashboardFilter f = filter();
                    return f == null
                            ? Stream.empty()
                            : tracking.page(f, sort, descending, q.getOffset(), q.getLimit()).stream();
                },
                q -> filter() == null ? 0 : tracking.count(filter()));
    }

    private Span dueCell(DashboardRow r) {
        Span due = new Span();
        if (r.due() == null) {
            return due;
        }
        String days = r.overdue()
                ? getTranslation("dashboard.daysOverdue", String.valueOf(-r.daysLeft()))
                : getTranslation("dashboard.daysLeft", String.valueOf(r.daysLeft()));
        due.setText(formats.date(r.due()) + " · " + days);
        if (r.overdue()) {
            due.addClassName("overdue");
            due.getStyle().setColor(OVERDUE_COLOR).setFontWeight("600");
        }
        return due;
    }

    /** The filter the screen shows, or null while no cycle exists. */
    DashboardFilter filter() {
        return cycle.getValue() == null
                ? null
                : new DashboardFilter(
                        cycle.getValue().getId(),
                        level.getValue(),
                        step.getValue(),
                        overdue.getValue(),
                        subtree.getValue() == null ? null : subtree.getValue().getId());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        DashboardFilter f = filter();
        if (f == null) {
            count.setText(getTranslation("dashboard.noCycle"));
            chart.getElement().setProperty("innerHTML", "");
            return;
        }
        Notices.attempt(() -> {
            count.setText(getTranslation("admin.count", String.valueOf(tracking.count(f))));
            chart.getElement()
                    .setProperty(
                            "innerHTML",
                            StepChart.svg(
                                    tracking.stepCounts(f),
                                    s -> getTranslation(s.messageKey()),
                                    getTranslation("dashboard.chart")));
        });
    }

    private void chase(boolean allOverdue) {
        DashboardFilter f = filter();
        Set<DashboardRow> selected = grid.getSelectedItems();
        if (f == null || (!allOverdue && selected.isEmpty())) {
            Notices.error(new UserFacingException("error.chaseNothingSelected"));
            return;
        }
        TextArea message = ActionDialog.textArea("chase.message", true);
        message.setId("chase-message");
        message.setValue(getTranslation("chase.defaultMessage"));
        String title = allOverdue
                ? getTranslation("chase.overdue")
                : getTranslation("chase.selectedCount", String.valueOf(selected.size()));
        new ActionDialog(
                        title,
                        getTranslation("chase.send"),
                        () -> Notices.attempt(() -> allOverdue
                                        ? chasing.chaseOverdue(f.cycleId(), message.getValue())
                                        : chasing.chase(
                                                selected.stream()
                                                        .map(DashboardRow::reportId)
                                                        .toList(),
                                                message.getValue()))
                                .map(n -> {
                                    Notices.success("chase.sent", String.valueOf(n));
                                    refresh();
                                    return true;
                                })
                                .orElse(false),
                        message)
                .open();
    }

    /** Last year's shortcomings next to this year's rectification, for one unit. */
    void compare(DashboardRow row) {
        Notices.attempt(() -> yoy.compare(row.reportId())).ifPresent(c -> {
            Dialog dialog = new Dialog(new YearOverYearPanel(c));
            dialog.setHeaderTitle(row.unitName() + " · " + getTranslation("yoy.title"));
            dialog.setWidth("min(60rem, 95vw)");
            dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
            dialog.open();
        });
    }

    Grid<DashboardRow> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}
