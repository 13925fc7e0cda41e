package org.reportcycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.reportcycle.shared.Limits;

/**
 * A dialog that asks for what a step decision needs (an opinion, a reason, meeting details) and runs the
 * decision on confirm. It closes only when the decision went through; after a refusal it stays open with
 * the user's input, since the service changed nothing and the user may correct and retry.
 */
public class ActionDialog extends Dialog {

    private final Button confirm;
    private boolean decided;

    /**
     * @param decide runs the decision and tells whether it went through (callers use {@link Notices#attempt})
     */
    public ActionDialog(String title, String confirmLabel, BooleanSupplier decide, Component... fields) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        // One decision per click: the button is disabled in the browser at the click, so a double click sends
        // one request; a click that still arrives after the decision went through is ignored, not refused
        confirm = new Button(confirmLabel, e -> {
            if (decided) {
                return;
            }
            decided = decide.getAsBoolean();
            if (decided) {
                close();
            } else {
                e.getSource().setEnabled(true); // refused, nothing changed: correct and try again
            }
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** A multi-line field for an opinion, note or reason; required ones show the required mark. */
    public static TextArea textArea(String labelKey, boolean required) {
        TextArea area = new TextArea();
        area.setLabel(area.getTranslation(labelKey));
        area.setWidthFull();
        // no maxLength: the browser would cut a paste silently; over the service's limit is marked and refused
        markOverLimit(area, Limits.NOTE);
        area.setRequiredIndicatorVisible(required);
        if ("field.opinion".equals(labelKey) || "field.reason".equals(labelKey)) {
            offerOpinions(area);
        }
        return area;
    }

    /** Marks a text longer than the service takes, naming the limit, without cutting what was typed. */
    public static void markOverLimit(TextArea area, int limit) {
        // marked when the value reaches the server (on change), as before; typing is never cut
        area.addValueChangeListener(e -> {
            int length = e.getValue().codePointCount(0, e.getValue().length());
            boolean over = length > limit;
            area.setInvalid(over);
            area.setErrorMessage(
                    over ? area.getTranslation("field.tooLong", String.valueOf(length), String.valueOf(limit)) : null);
        });
    }

    /** Offers the person's standard opinions (常用意见) in a menu beside the field; a choice fills it in. */
    static void offerOpinions(TextArea area) {
        List<String> opinions;
        try {
            VaadinService service = VaadinService.getCurrent();
            opinions = service == null
                    ? List.of()
                    : service.getInstantiator()
                            .getOrCreate(OpinionSuggestions.class)
                            .mine();
        } catch (RuntimeException e) {
            return; // no suggestions where none can be had; the field works as before
        }
        if (opinions.isEmpty()) {
            return;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("canned-opinions");
        var root = menu.addItem(area.getTranslation("opinion.canned"));
        root.setAriaLabel(area.getTranslation("opinion.canned"));
        for (String opinion : opinions) {
            root.getSubMenu().addItem(opinion, e -> area.setValue(opinion));
        }
        area.setSuffixComponent(menu);
    }

    public Button confirmButton() {
        return confirm;
    }
}
