package org.reportcycle.office.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.reportcycle.office.YearOverYearService.Comparison;

/** Last year's shortcomings on the left, this year's rectification on the right, as plain text. */
class YearOverYearPanel extends HorizontalLayout {

    YearOverYearPanel(Comparison c) {
        setId("year-over-year");
        setWidthFull();
        VerticalLayout last = column(
                getTranslation("yoy.lastYear", String.valueOf(c.year() - 1)),
                c.lastYearReportId() == null ? getTranslation("yoy.noLastYear") : c.lastYearShortcomings(),
                "yoy-last");
        VerticalLayout now =
                column(getTranslation("yoy.thisYear", String.valueOf(c.year())), c.rectification(), "yoy-now");
        add(last, now);
        setFlexGrow(1, last, now);
    }

    private VerticalLayout column(String title, String text, String id) {
        Div body = new Div();
        body.setId(id);
        body.getStyle().set("white-space", "pre-wrap");
        body.setText(text == null || text.isBlank() ? getTranslation("yoy.empty") : text);
        VerticalLayout column = new VerticalLayout(new H4(title), body);
        column.setPadding(false);
        column.setWidth("50%");
        return column;
    }

    static Paragraph unavailable() {
        Paragraph p = new Paragraph();
        p.setText(p.getTranslation("workspace.unavailable"));
        return p;
    }
}
