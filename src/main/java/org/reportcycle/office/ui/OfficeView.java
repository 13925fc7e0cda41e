package org.reportcycle.office.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.office.BatchAcceptance;
import org.reportcycle.office.OfficeReports;
import org.reportcycle.office.OfficeReports.LateUnit;
import org.reportcycle.office.OfficeReports.OnTimeStats;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.office.OfficeReviewService.ReceivedReport;
import org.reportcycle.office.TrackingService;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Milestone;
import org.reportcycle.ui.AdminLinks;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * The office's reports on a cycle: on-time statistics, the late units per milestone for the public
 * notice (通报, exportable), and the register of reports filed with the office (审查备案).
 */
@Route("admin/office")
@RolesAllowed(Roles.ADMIN)
class OfficeView extends VerticalLayout implements HasDynamicTitle {

    private final OfficeReports reports;
    private final OfficeReviewService office;
    private final UiFormats formats;
    private final ComboBox<Cycle> cycle = new ComboBox<>();
    private final ComboBox<Milestone> milestone = new ComboBox<>();
    private final Span stats = new Span();
    private final Grid<LateUnit> late = new Grid<>();
    private final Grid<ReceivedReport> register = new Grid<>();

    OfficeView(
            OfficeReports reports,
            OfficeReviewService office,
            TrackingService tracking,
            UiFormats formats,
            DashboardExport export,
            BatchAcceptance batch) {
        this.reports = reports;
        this.office = office;
        this.formats = formats;
        List<Cycle> cycles = Notices.attempt(tracking::cycles).orElse(List.of());
        cycle.setId("office-cycle");
        cycle.setLabel(getTranslation("column.year"));
        cycle.setItems(cycles);
        cycle.setItemLabelGenerator(c -> String.valueOf(c.getReportYear()));
        milestone.setId("late-milestone");
        milestone.setLabel(getTranslation("late.milestone"));
        milestone.setItems(OfficeReports.NOTICE_MILESTONES);
        milestone.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        milestone.setValue(Milestone.REPORT_UP);
        milestone.setWidth("16em");
        stats.setId("on-time");

        late.setId("late-units");
        late.addColumn(LateUnit::unitName)
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(2);
        late.addColumn(l -> getTranslation(l.level().messageKey())).setHeader(getTranslation("dashboard.level"));
        late.addColumn(l -> formats.date(l.due())).setHeader(getTranslation("column.due"));
        late.addColumn(l -> l.doneOn() == null ? getTranslation("late.notDone") : formats.date(l.doneOn()))
                .setHeader(getTranslation("late.doneOn"));
        late.addColumn(LateUnit::daysLate).setKey("daysLate").setHeader(getTranslation("late.daysLate"));
        late.setAllRowsVisible(true);
        late.setEmptyStateText(getTranslation("late.none"));
        late.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId())));

        register.setId("register");
        register.addColumn(ReceivedReport::unitName)
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(2);
        register.addColumn(r -> formats.dateTime(r.filedAt())).setHeader(getTranslation("office.filedAt"));
        register.addColumn(r -> r.state() == null
                        ? ""
                        : getTranslation("office.state." + r.state().name()))
                .setKey("state")
                .setHeader(getTranslation("office.state"));
        register.addColumn(ReceivedReport::decidedBy).setHeader(getTranslation("office.decidedBy"));
        register.addColumn(r -> getTranslation(r.step().messageKey())).setHeader(getTranslation("column.step"));
        register.setAllRowsVisible(true);
        register.setEmptyStateText(getTranslation("office.registerEmpty"));
        register.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId())));

        cycle.addValueChangeListener(e -> refresh());
        HorizontalLayout lateBar = new HorizontalLayout(milestone);
        lateBar.setAlignItems(Alignment.BASELINE);
        // one link per milestone, each exporting its own; the one of the chosen milestone shows
        Map<Milestone, Anchor> exports = new EnumMap<>(Milestone.class);
        for (Milestone m : OfficeReports.NOTICE_MILESTONES) {
            Anchor link = export.lateUnitsLink(
                    () -> cycle.getValue() == null ? null : cycle.getValue().getId(), m);
            link.setVisible(m == milestone.getValue());
            exports.put(m, link);
            lateBar.add(link);
        }
        milestone.addValueChangeListener(e -> {
            exports.forEach((m, link) -> link.setVisible(m == e.getValue()));
            refresh();
        });
        add(
                new H2(getTranslation("office.title")),
                AdminLinks.bar(),
                cycle,
                new H3(getTranslation("stats.title")),
                stats,
                new H3(getTranslation("late.title")),
                lateBar,
                late,
                new H3(getTranslation("office.register")),
                new BatchAcceptBar(batch, register, this::refresh),
                register);
        if (!cycles.isEmpty()) {
            cycle.setValue(cycles.get(0));
        }
    }

    private void refresh() {
        Cycle c = cycle.getValue();
        if (c == null) {
            return;
        }
        Notices.attempt(() -> {
            OnTimeStats s = reports.onTime(c.getId());
            stats.setText(String.join(
                    " · ",
                    getTranslation("stats.total") + " " + s.total(),
                    getTranslation("stats.filedOnTime") + " " + s.filedOnTime(),
                    getTranslation("stats.filedLate") + " " + s.filedLate(),
                    getTranslation("stats.notFiled") + " " + s.notFiled(),
                    getTranslation("stats.publishedOnTime") + " " + s.publishedOnTime(),
                    getTranslation("stats.publishedLate") + " " + s.publishedLate(),
                    getTranslation("stats.notPublished") + " " + s.notPublished()));
            late.setItems(
                    milestone.getValue() == null ? List.of() : reports.lateUnits(c.getId(), milestone.getValue()));
            register.setItems(office.register(c.getReportYear()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.title") + " · " + getTranslation("app.name");
    }
}
