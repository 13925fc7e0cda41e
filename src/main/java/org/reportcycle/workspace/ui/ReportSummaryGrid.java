package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.ui.UiFormats;

/**
 * Reports one per row (unit, year, title, step, since when, published); a click opens the workspace. The
 * rows come in the order the database reads them (lazy paging), so the columns do not sort.
 */
public class ReportSummaryGrid extends Grid<ReportSummary> {

    public ReportSummaryGrid(UiFormats formats) {
        addColumn(ReportSummary::unitName)
                .setKey("unit")
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(2);
        addColumn(ReportSummary::year).setKey("year").setHeader(getTranslation("column.year"));
        addColumn(ReportSummary::title)
                .setKey("title")
                .setHeader(getTranslation("column.title"))
                .setFlexGrow(4);
        addColumn(r -> getTranslation(r.step().messageKey()))
                .setKey("step")
                .setHeader(getTranslation("column.step"))
                .setFlexGrow(2);
        addColumn(r -> formats.date(r.stepSince())).setKey("since").setHeader(getTranslation("column.since"));
        addColumn(r -> formats.date(r.publishedAt())).setKey("published").setHeader(getTranslation("column.published"));
        addThemeVariants(GridVariant.ROW_STRIPES);
        setEmptyStateText(getTranslation("reports.empty"));
        addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().id())));
    }
}
