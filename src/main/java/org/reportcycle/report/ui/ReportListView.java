package org.reportcycle.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.reportcycle.report.ReportService;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/** The reports the signed-in person may see: their units' reports, or every report for administrators. */
@Route("reports")
@PermitAll
class ReportListView extends VerticalLayout implements HasDynamicTitle {

    ReportListView(ReportService reports, UiFormats formats) {
        setSizeFull();
        ReportSummaryGrid grid = new ReportSummaryGrid(formats);
        grid.show(Notices.attempt(reports::visible).orElse(List.of()));
        add(new H2(getTranslation("reports.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.name");
    }
}
