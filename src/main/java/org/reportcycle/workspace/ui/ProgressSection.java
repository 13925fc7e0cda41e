package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.util.List;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.ProgressService.ProgressStep;
import org.reportcycle.workflow.ProgressService.State;

/**
 * The report's path: steps done (who, when), the current step (who may act, due date), the steps to come; on a
 * phone each step as a small card instead of five columns.
 */
@SpringComponent
class ProgressSection implements WorkspaceSection {

    /** The workspace's phone breakpoint (WorkspaceStyles). */
    private static final int PHONE_WIDTH = 600;

    private static final String CARD = """
            <div style="display:flex;flex-direction:column;gap:0.15em;padding:0.15em 0">
              <div><b>${item.step}</b> · ${item.state}</div>
              <div>${item.who}</div>
              <div style="color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s)">${item.when}</div>
              <div style="color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s)">${item.due}</div>
            </div>""";

    private final ProgressService progress;
    private final UiFormats formats;
    private final OrganizationService organization;
    private final Candidates candidates;
    private final ProgressDiagram diagram;

    ProgressSection(
            ProgressService progress,
            UiFormats formats,
            OrganizationService organization,
            Candidates candidates,
            ProgressDiagram diagram) {
        this.diagram = diagram;
        this.progress = progress;
        this.formats = formats;
        this.organization = organization;
        this.candidates = candidates;
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
        List<ProgressStep> steps =
                Notices.attempt(() -> progress.progress(report.id())).orElse(List.of());
        ProgressPeople people = ProgressPeople.load(grid, organization, candidates, report.unitId(), steps);
        List<Column<ProgressStep>> columns = List.of(
                grid.addColumn(s -> step(grid, s))
                        .setKey("step")
                        .setHeader(grid.getTranslation("progress.step"))
                        .setFlexGrow(2),
                grid.addComponentColumn(s -> state(grid, s.state()))
                        .setKey("state")
                        .setHeader(grid.getTranslation("progress.state"))
                        .setFlexGrow(1),
                grid.addColumn(people::of)
                        .setKey("who")
                        .setHeader(grid.getTranslation("progress.who"))
                        .setFlexGrow(3),
                grid.addColumn(this::when)
                        .setKey("when")
                        .setHeader(grid.getTranslation("progress.when"))
                        .setFlexGrow(2),
                grid.addColumn(this::due)
                        .setKey("due")
                        .setHeader(grid.getTranslation("progress.due"))
                        .setFlexGrow(2));
        // on a phone the five columns would cut every text short: one column, each step a small card
        Column<ProgressStep> card = grid.addColumn(LitRenderer.<ProgressStep>of(CARD)
                        .withProperty("step", s -> step(grid, s))
                        .withProperty("state", s -> stateName(grid, s.state()))
                        .withProperty("who", people::of)
                        .withProperty("when", s -> labelled(grid, "progress.when", when(s)))
                        .withProperty("due", s -> labelled(grid, "progress.due", due(s))))
                .setKey("card")
                .setHeader(grid.getTranslation("progress.step"));
        // the window's width as the browser last reported it (0 until it has: tests without a browser)
        Signal<Boolean> narrow = UI.getCurrent()
                .getPage()
                .windowSizeSignal()
                .map(size -> size.width() > 0 && size.width() <= PHONE_WIDTH);
        columns.forEach(c -> c.bindVisible(Signal.not(narrow)));
        card.bindVisible(narrow);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(steps);
        return new Div(diagram.render(report, grid), grid); // the diagram above the list
    }

    private static String step(Component owner, ProgressStep s) {
        return s.step() == null ? "" : owner.getTranslation(s.step().messageKey());
    }

    private String when(ProgressStep s) {
        return time(s.state() == State.CURRENT ? s.started() : s.ended());
    }

    private String due(ProgressStep s) {
        return s.due() == null ? "" : formats.date(s.due());
    }

    /** 「时间：2026年12月6日 18:10」 on a card, nothing when there is no value. */
    private static String labelled(Component owner, String key, String value) {
        return value.isEmpty() ? "" : owner.getTranslation("progress.labelled", owner.getTranslation(key), value);
    }

    private static String stateName(Component owner, State state) {
        return owner.getTranslation("progress.state." + state.name());
    }

    private static Span state(Component owner, State state) {
        Span badge = new Span(stateName(owner, state));
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
