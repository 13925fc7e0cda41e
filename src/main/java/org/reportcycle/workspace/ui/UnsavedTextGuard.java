package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import java.util.function.BooleanSupplier;

/**
 * Keeps typed text from being lost on the way out. In-app navigation with unsaved text is postponed and
 * the person asked whether to leave without saving; closing or reloading the browser tab is held up by
 * the browser's own {@code beforeunload} question while the page is marked dirty. The page is marked
 * dirty in the browser at the first keystroke (before the server has heard of it) and set to the
 * server's view of unsaved edits at each value change.
 */
final class UnsavedTextGuard {

    private static final String INSTALL = "if (!window.rcUnsavedGuard) {"
            + " window.rcUnsavedGuard = true;"
            + " window.addEventListener('beforeunload', e => {"
            + "  if (window.rcDirty) { e.preventDefault(); e.returnValue = ''; } }); }"
            + " window.rcDirty = false;";

    private UnsavedTextGuard() {}

    /** Installs the browser-close guard once per page and marks the page clean (text just loaded or saved). */
    static void install(UI ui) {
        ui.getPage().executeJs(INSTALL);
    }

    /** Marks the page dirty in the browser as soon as the person types in the area. */
    static void watch(TextArea area) {
        area.getElement().executeJs("this.addEventListener('input', () => window.rcDirty = true)");
    }

    /** Tells the browser whether there is unsaved text now (as the server sees it). */
    static void mark(UI ui, boolean dirty) {
        ui.getPage().executeJs("window.rcDirty = $0", dirty);
    }

    /**
     * Postpones a navigation away from unsaved text and asks first; leaving discards the typed text,
     * staying keeps everything as it is.
     */
    static void beforeLeave(BeforeLeaveEvent event, BooleanSupplier unsaved) {
        if (!unsaved.getAsBoolean()) {
            return;
        }
        ContinueNavigationAction action = event.postpone();
        UI ui = event.getUI();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leave-unsaved");
        dialog.setHeader(ui.getTranslation("leave.title"));
        dialog.setText(ui.getTranslation("leave.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("leave.stay"));
        dialog.setConfirmText(ui.getTranslation("leave.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            mark(ui, false);
            action.proceed();
        });
        dialog.open();
    }
}
