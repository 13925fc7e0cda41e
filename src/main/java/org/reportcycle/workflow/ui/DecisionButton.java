package org.reportcycle.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;

/**
 * A step decision's button: opens a dialog with the decision's fields and takes the decision on confirm.
 * The action name {@code x} names the messages {@code action.x} (button), {@code dialog.x} (dialog title)
 * and {@code notice.x} (confirmation), and the button's id {@code action-x}.
 */
public class DecisionButton extends Button {

    public DecisionButton(WorkspaceContext ctx, String action, ButtonVariant variant, Runnable decision,
            Component... fields) {
        setText(getTranslation("action." + action));
        setId("action-" + action);
        addThemeVariants(variant);
        addClickListener(e -> new ActionDialog(getTranslation("dialog." + action), getTranslation("action." + action),
                () -> {
                    boolean done = Notices.attempt(decision);
                    if (done) {
                        ctx.completed("notice." + action);
                    }
                    return done;
                }, fields).open());
    }
}
