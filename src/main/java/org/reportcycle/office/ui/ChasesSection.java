package org.reportcycle.office.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.office.ChaseService;
import org.reportcycle.office.ChaseService.ChaseRecord;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/** The chases (催办) the supervising office sent about the report: when, by whom, to whom, at which step. */
@SpringComponent
class ChasesSection implements WorkspaceSection {

    private final ChaseService chasing;
    private final UiFormats formats;

    ChasesSection(ChaseService chasing, UiFormats formats) {
        this.chasing = chasing;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String titleKey() {
        return "chases.title";
    }

    @Override
    public Component render(ReportView report) {
        List<ChaseRecord> chases =
                Notices.attempt(() -> chasing.chases(report.id())).orElse(List.of());
        if (chases.isEmpty()) {
            Paragraph none = new Paragraph();
            none.setText(none.getTranslation("chases.empty"));
            none.setId("chases-empty");
            return none;
        }
        Grid<ChaseRecord> grid = new Grid<>();
        grid.setId("chases");
        grid.addColumn(c -> formats.dateTime(c.sentAt())).setKey("at").setHeader(grid.getTranslation("column.time"));
        grid.addColumn(ChaseRecord::sentBy).setHeader(grid.getTranslation("chases.sentBy"));
        grid.addColumn(c -> grid.getTranslation(c.step().messageKey())).setHeader(grid.getTranslation("column.step"));
        grid.addColumn(ChaseRecord::recipients).setHeader(grid.getTranslation("chases.recipients"));
        grid.addColumn(ChaseRecord::message)
                .setKey("message")
                .setHeader(grid.getTranslation("chases.message"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(chases);
        return grid;
    }
}
