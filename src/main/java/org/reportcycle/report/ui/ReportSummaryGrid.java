package org.reportcycle.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import java.util.Comparator;
import java.util.List;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.ui.UiFormats;

/** Reports one per row (unit, year, title, step, since when, published); a click opens the workspace. */
public class ReportSummaryGrid extends Grid<ReportSummary> {

    public ReportSummaryGrid(UiFormats formats) {
        addColumn(ReportSummary::unitName).setKey("unit").setHeader(getTranslation("column.unit"))
                .setSortable(true).setFlexGrow(2);
        addColumn(ReportSummary::year).setKey("year").setHeader(getTranslation("column.year")).setSortable(true);
        addColumn(ReportSummary::title).setKey("title").setHeader(getTranslation("column.title")).setFlexGrow(4);
        addColumn(r -> getTranslation(r.step().messageKey())).setKey("step").setHeader(getTranslation("column.step"))
                .setSortable(true).setComparator(Comparator.comparing(ReportSummary::step)).setFlexGrow(2);
        addColumn(r -> formats.date(r.stepSince())).setKey("since").setHeader(getTranslation("column.since"))
                .setComparator(Comparator.comparing(ReportSummary::stepSince, Comparator.nullsLast(Comparator.naturalOrder())));
        addColumn(r -> formats.date(r.publishedAt())).setKey("published").setHeader(getTranslation("column.published"))
                .setComparator(Comparator.comparing(ReportSummary::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        addThemeVariants(GridVariant.ROW_STRIPES);
        setEmptyStateText(getTranslation("reports.empty"));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().id())));
    }

    /** Shows the reports newest year first, then by unit, whatever order they were read in. */
    public GridListDataView<ReportSummary> show(List<ReportSummary> reports) {
        return setItems(reports.stream()
                .sorted(Comparator.comparing(ReportSummary::year).reversed().thenComparing(ReportSummary::unitName))
                .toList());
    }
}
