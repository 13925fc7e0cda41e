package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;

/**
 * A step decision's button: opens a dialog with the decision's fields and takes the decision on confirm.
 * The action name {@code x} names the messages {@code action.x} (button), {@code dialog.x} (dialog title)
 * and {@code notice.x} (confirmation), and the button's id {@code action-x}.
 */
public class DecisionButton extends Button {

    public DecisionButton(
            WorkspaceContext ctx, String action, ButtonVariant variant, Runnable decision, Component... fields) {
        setText(getTranslation("action." + action));
        setId("action-" + action);
        addThemeVariants(variant);
        // a double click opens one dialog: the button stays disabled while its dialog is open
        setDisableOnClick(true);
        addClickListener(e -> {
            // A decision acts on the saved text; typed but unsaved text would silently be left behind
            if (ctx.hasUnsavedEdits()) {
                setEnabled(true);
                Notices.error(new UserFacingException("error.unsavedEdits"));
                return;
            }
            ActionDialog dialog = new ActionDialog(
                    getTranslation("dialog." + action),
                    getTranslation("action." + action),
                    () -> decide(ctx, action, decision),
                    fields);
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    setEnabled(true);
                }
            });
            dialog.open();
        });
    }

    private static boolean decide(WorkspaceContext ctx, String action, Runnable decision) {
        boolean done = Notices.attempt(decision);
        if (done) {
            ctx.completed("notice." + action);
        }
        return done;
    }
}
