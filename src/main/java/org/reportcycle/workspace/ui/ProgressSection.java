package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.util.List;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.ProgressService.ProgressStep;
import org.reportcycle.workflow.ProgressService.State;

/** The report's path: steps done (who, when), the current step (who may act, due date), the steps to come. */
@SpringComponent
class ProgressSection implements WorkspaceSection {

    private final ProgressService progress;
    private final UiFormats formats;

    ProgressSection(ProgressService progress, UiFormats formats) {
        this.progress = progress;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String titleKey() {
        return "progress.title";
    }

    @Override
    public Component render(ReportView report) {
        Grid<ProgressStep> grid = new Grid<>();
        grid.setId("progress");
        grid.addColumn(s -> s.step() == null ? "" : grid.getTranslation(s.step().messageKey()))
                .setKey("step")
                .setHeader(grid.getTranslation("progress.step"));
        grid.addComponentColumn(s -> state(grid, s.state()))
                .setKey("state")
                .setHeader(grid.getTranslation("progress.state"));
        grid.addColumn(s -> s.who() != null ? s.who() : String.join("、", s.candidates()))
                .setKey("who")
                .setHeader(grid.getTranslation("progress.who"));
        grid.addColumn(s -> time(s.state() == State.CURRENT ? s.started() : s.ended()))
                .setKey("when")
                .setHeader(grid.getTranslation("progress.when"));
        grid.addColumn(s -> s.due() == null ? "" : formats.date(s.due()))
                .setKey("due")
                .setHeader(grid.getTranslation("progress.due"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(Notices.attempt(() -> progress.progress(report.id())).orElse(List.of()));
        return grid;
    }

    private static Span state(Component owner, State state) {
        Span badge = new Span(owner.getTranslation("progress.state." + state.name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (state) {
                            case DONE -> "badge success";
                            case MOVED -> "badge contrast";
                            case CURRENT -> "badge primary";
                            case TO_COME -> "badge";
                        });
        return badge;
    }

    private String time(Instant instant) {
        return instant == null ? "" : formats.dateTime(instant);
    }
}
