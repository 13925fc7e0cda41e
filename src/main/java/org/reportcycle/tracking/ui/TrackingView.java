package org.reportcycle.tracking.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.ui.ReportSummaryGrid;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Step;
import org.reportcycle.tracking.TrackingService;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/** Every unit's report with its step, since when and when published, filtered by step and year. */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
class TrackingView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<Step> stepFilter = new ComboBox<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final Span count = new Span();
    private final GridListDataView<ReportSummary> rows;

    TrackingView(TrackingService tracking, UiFormats formats) {
        setSizeFull();
        List<ReportSummary> all = Notices.attempt(tracking::allReports).orElse(List.of());
        ReportSummaryGrid grid = new ReportSummaryGrid(formats);
        rows = grid.show(all);

        stepFilter.setLabel(getTranslation("column.step"));
        stepFilter.setId("filter-step");
        stepFilter.setItems(Step.values());
        stepFilter.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stepFilter.setClearButtonVisible(true);
        yearFilter.setLabel(getTranslation("column.year"));
        yearFilter.setId("filter-year");
        yearFilter.setItems(all.stream().map(ReportSummary::year).distinct()
                .sorted(Comparator.reverseOrder()).toList());
        yearFilter.setItemLabelGenerator(String::valueOf);
        yearFilter.setClearButtonVisible(true);
        stepFilter.addValueChangeListener(e -> filter());
        yearFilter.addValueChangeListener(e -> filter());
        count.setId("report-count");

        HorizontalLayout filters = new HorizontalLayout(stepFilter, yearFilter, count);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("admin.title")), filters, grid);
        filter();
    }

    private void filter() {
        rows.setFilter(r -> (stepFilter.getValue() == null || r.step() == stepFilter.getValue())
                && (yearFilter.getValue() == null || Objects.equals(r.year(), yearFilter.getValue())));
        count.setText(getTranslation("admin.count", String.valueOf(rows.getItemCount())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}
