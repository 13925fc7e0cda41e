package org.reportcycle.office.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.office.BatchAcceptance;
import org.reportcycle.office.BatchAcceptance.Failure;
import org.reportcycle.office.BatchAcceptance.Outcome;
import org.reportcycle.office.OfficeReviewService.ReceivedReport;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.Notices;

/**
 * Accepting several filed reports at once in the received-reports register (issue 20): the register becomes
 * multi-select (only reports waiting for the office's review can be ticked), one button accepts the ticked ones
 * (each its own audited decision), and a line under it says how many were accepted and which failed, by unit.
 */
class BatchAcceptBar extends Div {

    private final Span result = new Span();

    BatchAcceptBar(BatchAcceptance batch, Grid<ReceivedReport> register, Runnable refresh) {
        register.setSelectionMode(Grid.SelectionMode.MULTI);
        register.setItemSelectableProvider(r -> r.step() == Step.OFFICE_REVIEW);
        Button accept = new Button(getTranslation("office.acceptSelected"));
        accept.setId("accept-selected");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setDisableOnClick(true);
        result.setId("accept-selected-result");
        accept.addClickListener(e -> {
            List<ReceivedReport> chosen = List.copyOf(register.getSelectedItems());
            if (chosen.isEmpty()) {
                result.setText(getTranslation("office.acceptNoneSelected"));
                accept.setEnabled(true);
                return;
            }
            Map<Long, String> units =
                    chosen.stream().collect(Collectors.toMap(ReceivedReport::reportId, ReceivedReport::unitName));
            Notices.attempt(() -> batch.acceptAll(units.keySet(), null))
                    .ifPresent(outcome -> show(outcome, units::get));
            register.deselectAll();
            refresh.run();
            accept.setEnabled(true);
        });
        add(accept, result);
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
    }

    private void show(Outcome outcome, Function<Long, String> unit) {
        String text = getTranslation("office.acceptedCount", outcome.accepted().size());
        if (!outcome.failed().isEmpty()) {
            text += " " + getTranslation("office.acceptFailed") + " "
                    + outcome.failed().stream()
                            .map(f -> unit.apply(f.reportId()) + "：" + reason(f))
                            .collect(Collectors.joining("；"));
        }
        result.setText(text);
    }

    private String reason(Failure f) {
        return getTranslation(f.messageKey(), f.args().toArray());
    }
}
