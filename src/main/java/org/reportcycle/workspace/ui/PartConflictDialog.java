package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.reportcycle.report.PartConflictException;

/**
 * Someone else saved a part while the user was editing it: shows both texts side by side (read-only, so
 * the user can copy from either) and lets the user overwrite with their own text or take the other one.
 * Nothing is lost either way until the user decides.
 */
class PartConflictDialog extends Dialog {

    PartConflictDialog(PartConflictException conflict, Runnable keepMine, Runnable takeTheirs) {
        setId("part-conflict");
        setHeaderTitle(getTranslation("conflict.title", conflict.part().code()));
        setWidth("min(70rem, 95vw)");
        add(new Paragraph(getTranslation(conflict.messageKey(), conflict.args())));
        TextArea theirs = text("conflict-theirs", "conflict.theirs", conflict.theirs());
        TextArea yours = text("conflict-yours", "conflict.yours", conflict.yours());
        HorizontalLayout both = new HorizontalLayout(theirs, yours);
        both.setWidthFull();
        add(both);
        Button mine = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        mine.setId("conflict-keep-mine");
        Button other = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        other.setId("conflict-take-theirs");
        other.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(mine, other);
    }

    private static TextArea text(String id, String labelKey, String value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setLabel(area.getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setReadOnly(true);
        area.setWidth("50%");
        area.setMinHeight("12rem");
        return area;
    }
}
