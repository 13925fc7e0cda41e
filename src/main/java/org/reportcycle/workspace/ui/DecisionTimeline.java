package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.reportcycle.audit.DecisionHistory.Decision;
import org.reportcycle.audit.DecisionHistory.Excepted;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.CurrentTask;

/**
 * The 审批意见 at the top of the workspace: every earlier decision with who took it (name and role), when, and
 * what they wrote — so the signing leader reads the legal opinion without opening anything — and the current
 * step last. Compliance exceptions show under the submission that made them.
 */
class DecisionTimeline extends VerticalLayout {

    private static final String RETURN_COLOR = "#c62828";

    DecisionTimeline(
            ReportView report, List<Decision> decisions, CurrentTask task, List<String> actors, UiFormats formats) {
        setId("decision-timeline");
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "0.6em");
        add(new H3(getTranslation("timeline.title")));
        if (decisions.isEmpty()) {
            Span none = new Span(getTranslation("timeline.none"));
            none.getStyle().setColor("#555");
            add(none);
        }
        for (Decision d : decisions) {
            add(entry(d, formats));
        }
        add(current(report, task, actors));
    }

    private Div entry(Decision d, UiFormats formats) {
        Div entry = new Div();
        entry.addClassName("decision");
        entry.getElement().setAttribute("data-action", d.action());
        entry.getStyle()
                .set("border-left", "3px solid " + (d.isReturn() ? RETURN_COLOR : "#1a73e8"))
                .set("padding-left", "0.5em");
        Span what = new Span(decisionWords(d));
        what.getStyle().setFontWeight("600");
        if (d.isReturn()) {
            what.getStyle().setColor(RETURN_COLOR);
        }
        Span who = new Span(" · " + person(d) + " · " + formats.dateTime(d.at()));
        who.addClassName("decision-who");
        who.getStyle().setColor("#555");
        Div head = new Div(what, who);
        entry.add(head);
        if (!d.written().isBlank()) {
            Div written = new Div(d.written());
            written.addClassName("decision-written");
            written.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            entry.add(written);
        }
        for (Excepted e : d.exceptions()) {
            boolean english = "en".equals(getLocale().getLanguage());
            Div line =
                    new Div(getTranslation("timeline.exception", english ? e.findingEn() : e.findingZh(), e.reason()));
            line.addClassName("decision-exception");
            line.getStyle().setColor("#8a5a00").setFontSize("0.9em");
            entry.add(line);
        }
        return entry;
    }

    /** 「审查通过」, a leader's place, or the committee's outcome. */
    private String decisionWords(Decision d) {
        String words = getTranslation("audit.action." + d.action());
        if (d.outcome() != null) {
            words = getTranslation("outcome." + d.outcome());
        }
        if (d.place() != null) {
            words = getTranslation("timeline.place", words, String.valueOf(d.place()));
        }
        return words;
    }

    private String person(Decision d) {
        String role = getTranslation(d.roleKey());
        return d.onBehalfOf() == null
                ? getTranslation("timeline.person", d.person(), role)
                : getTranslation("timeline.personFor", d.person(), role, d.onBehalfOf());
    }

    private Div current(ReportView report, CurrentTask task, List<String> actors) {
        String step = getTranslation(report.step().messageKey());
        String text = task == null || actors.isEmpty()
                ? getTranslation("timeline.current", step)
                : getTranslation("timeline.currentWith", step, String.join("、", actors));
        Div current = new Div(text);
        current.setId("timeline-current");
        current.getStyle()
                .set("border-left", "3px dashed #aaa")
                .set("padding-left", "0.5em")
                .setColor("#555");
        return current;
    }
}
