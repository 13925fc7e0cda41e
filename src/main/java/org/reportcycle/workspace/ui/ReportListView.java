package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.report.ReportListQueries;
import org.reportcycle.report.ReportListQueries.ListFilter;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * The reports the signed-in person may see: their units' reports, or every report for administrators. Read a
 * page at a time from the database (a province has tens of thousands of units and years of reports); a year
 * (the newest by default, or all years) and a part of the unit's name narrow the list.
 */
@Route("reports")
@PermitAll
class ReportListView extends VerticalLayout implements HasDynamicTitle {

    /** The year selector's "all years" entry. */
    static final int ALL_YEARS = 0;

    private final ReportListQueries reports;
    private final ReportSummaryGrid grid;
    private final Select<Integer> year = new Select<>();
    private final TextField unitName = new TextField();

    ReportListView(ReportListQueries reports, UiFormats formats) {
        this.reports = reports;
        setSizeFull();
        grid = new ReportSummaryGrid(formats);
        List<Integer> years = new ArrayList<>(Notices.attempt(reports::years).orElse(List.of()));
        years.add(ALL_YEARS);
        year.setId("reports-year");
        year.setLabel(getTranslation("column.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == ALL_YEARS ? getTranslation("reports.allYears") : String.valueOf(y));
        year.setValue(years.getFirst());
        year.addValueChangeListener(e -> refresh());
        unitName.setId("reports-unit");
        unitName.setLabel(getTranslation("column.unit"));
        unitName.setPlaceholder(getTranslation("reports.unitFilter"));
        unitName.setClearButtonVisible(true);
        unitName.setValueChangeMode(ValueChangeMode.LAZY);
        unitName.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(year, unitName);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("reports.title")), filters, grid);
        refresh();
    }

    private void refresh() {
        ListFilter filter = new ListFilter(
                year.getValue() == null || year.getValue() == ALL_YEARS ? null : year.getValue(), unitName.getValue());
        grid.setItems(
                query ->
                        Notices.attempt(() -> reports.page(filter, query.getOffset(), query.getLimit()))
                                .orElse(List.of())
                                .stream(),
                query -> Notices.attempt(() -> reports.count(filter)).orElse(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.name");
    }
}
