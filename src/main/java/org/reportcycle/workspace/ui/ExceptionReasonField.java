package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.reportcycle.shared.Limits;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;

/**
 * A blocking finding's exception (合规例外): the drafter writes why the finding does not apply; the reason goes
 * with the submission, which records it in the audit trail for the reviewers. A blank reason withdraws it.
 */
final class ExceptionReasonField {

    private ExceptionReasonField() {}

    static void addTo(Div line, String key, Map<String, String> reasons, Runnable refresh) {
        String id = key.replaceAll("[^A-Za-z0-9]", "-");
        String reason = reasons.get(key);
        if (reason != null) {
            Div shown = new Div(line.getTranslation("exception.recorded", reason));
            shown.addClassName("exception-reason");
            shown.setId("exception-reason-" + id);
            shown.getStyle().setColor("#222").set("white-space", "pre-wrap");
            line.add(shown);
        }
        Button edit = new Button(line.getTranslation(reason == null ? "exception.add" : "exception.change"));
        edit.setId("except-" + id);
        edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        edit.addClickListener(e -> open(line, key, id, reasons, refresh));
        line.add(new Span(" "), edit);
    }

    private static void open(Div line, String key, String id, Map<String, String> reasons, Runnable refresh) {
        TextArea area = ActionDialog.textArea("exception.reason", true);
        area.setId("exception-text-" + id);
        area.setValue(reasons.getOrDefault(key, ""));
        new ActionDialog(
                        line.getTranslation("exception.title"),
                        line.getTranslation("exception.keep"),
                        () -> Notices.attempt(() -> {
                            String typed = area.getValue().strip();
                            Limits.atMost(typed, Limits.NOTE, "reason");
                            if (typed.isEmpty()) {
                                reasons.remove(key);
                            } else {
                                reasons.put(key, typed);
                            }
                            Notices.success(typed.isEmpty() ? "exception.withdrawn" : "exception.kept");
                            refresh.run();
                        }),
                        new Span(line.getTranslation("exception.hint")),
                        area)
                .open();
    }
}
