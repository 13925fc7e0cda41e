package org.reportcycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BooleanSupplier;

/**
 * A dialog that asks for what a step decision needs (an opinion, a reason, meeting details) and runs the
 * decision on confirm. It closes only when the decision went through; after a refusal it stays open with
 * the user's input, since the service changed nothing and the user may correct and retry.
 */
public class ActionDialog extends Dialog {

    private final Button confirm;

    /**
     * @param decide runs the decision and tells whether it went through (callers use {@link Notices#attempt})
     */
    public ActionDialog(String title, String confirmLabel, BooleanSupplier decide, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        confirm = new Button(confirmLabel, e -> {
            if (decide.getAsBoolean()) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** A multi-line field for an opinion, note or reason; required ones show the required mark. */
    public static TextArea textArea(String labelKey, boolean required) {
        TextArea area = new TextArea();
        area.setLabel(area.getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(1000);
        area.setRequiredIndicatorVisible(required);
        return area;
    }

    public Button confirmButton() {
        return confirm;
    }
}
