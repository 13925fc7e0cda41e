package org.reportcycle.office.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.reportcycle.office.YearOverYearService;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.workspace.ui.WorkspaceSection;

/** In the report workspace: did the unit address what it said was lacking last year? */
@SpringComponent
class YearOverYearSection implements WorkspaceSection {

    private final YearOverYearService yoy;

    YearOverYearSection(YearOverYearService yoy) {
        this.yoy = yoy;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "yoy.title";
    }

    @Override
    public Component render(ReportView report) {
        return Notices.attempt(() -> yoy.compare(report.id()))
                .<Component>map(YearOverYearPanel::new)
                .orElseGet(YearOverYearPanel::unavailable);
    }
}
