package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.reportcycle.audit.DecisionHistory.Decision;
import org.reportcycle.ui.UiFormats;

/** After a return, the drafter's workspace says who sent it back, when and why, and how many comments are open. */
class ReturnBanner extends Div {

    ReturnBanner(Decision returned, long openComments, UiFormats formats) {
        setId("return-banner");
        getElement().setAttribute("role", "alert");
        getStyle()
                .set("background", "#fdecea")
                .set("border", "1px solid #f5c2c0")
                .set("border-radius", "6px")
                .set("padding", "0.5em 1em")
                .set("overflow-wrap", "anywhere")
                .setWidth("100%")
                .set("box-sizing", "border-box");
        Span who = new Span(getTranslation(
                "returned.who",
                returned.person(),
                getTranslation(returned.roleKey()),
                formats.dateTime(returned.at()),
                getTranslation("audit.action." + returned.action())));
        who.getStyle().setFontWeight("600");
        add(who);
        if (!returned.written().isBlank()) {
            Div why = new Div(getTranslation("returned.why", returned.written()));
            why.setId("return-reason");
            why.getStyle().set("white-space", "pre-wrap");
            add(why);
        }
        Div open = new Div(getTranslation("returned.openComments", String.valueOf(openComments)));
        open.setId("return-open-comments");
        add(open);
    }
}
