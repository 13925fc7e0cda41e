package org.reportcycle.opening.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.ui.WidgetTexts;

/** The deadlines per unit level and milestone, a date picker each ({@code due-<LEVEL>-<MILESTONE>}). */
class DeadlineForm extends VerticalLayout {

    private final Map<UnitLevel, Map<Milestone, DatePicker>> pickers = new EnumMap<>(UnitLevel.class);

    DeadlineForm() {
        setPadding(false);
        for (UnitLevel level : UnitLevel.values()) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            Span label = new Span(getTranslation(level.messageKey()));
            label.setWidth("7em");
            row.add(label);
            Map<Milestone, DatePicker> byMilestone = new EnumMap<>(Milestone.class);
            for (Milestone m : Milestone.values()) {
                DatePicker picker = new DatePicker(getTranslation(m.messageKey()));
                WidgetTexts.datePicker(picker);
                picker.setId("due-" + level.name() + "-" + m.name());
                picker.setWidth("10em");
                byMilestone.put(m, picker);
                row.add(picker);
            }
            pickers.put(level, byMilestone);
            add(row);
        }
    }

    /** Shows the table's dates (the statutory defaults for a cycle not yet set up). */
    void show(DeadlineTable table) {
        pickers.forEach((level, byMilestone) -> byMilestone.forEach((m, p) -> p.setValue(table.due(level, m))));
    }

    /** The dates entered, leaving out empty pickers. */
    Map<UnitLevel, Map<Milestone, LocalDate>> dates() {
        Map<UnitLevel, Map<Milestone, LocalDate>> dates = new EnumMap<>(UnitLevel.class);
        pickers.forEach((level, byMilestone) -> byMilestone.forEach((m, p) -> {
            if (p.getValue() != null) {
                dates.computeIfAbsent(level, l -> new EnumMap<>(Milestone.class))
                        .put(m, p.getValue());
            }
        }));
        return dates;
    }
}
