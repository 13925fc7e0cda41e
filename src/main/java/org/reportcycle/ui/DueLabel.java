package org.reportcycle.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;

/** A due date; an overdue one is red and says so in words, so it does not rely on colour alone. */
public class DueLabel extends Span {

    static final String OVERDUE_COLOR = "#c62828";

    public DueLabel(UiFormats formats, Instant due, boolean overdue) {
        if (due == null) {
            return;
        }
        setText(overdue ? getTranslation("due.overdue", formats.date(due)) : formats.date(due));
        if (overdue) {
            addClassName("overdue");
            getStyle().setColor(OVERDUE_COLOR).setFontWeight("600");
        }
    }
}
