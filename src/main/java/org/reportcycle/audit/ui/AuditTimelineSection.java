package org.reportcycle.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.AuditRecord;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/** Everything that happened to the report, oldest first: when, who, what, and the recorded details. */
@SpringComponent
class AuditTimelineSection implements WorkspaceSection {

    private final AuditQueries audit;
    private final OrganizationService organization;
    private final UiFormats formats;

    AuditTimelineSection(AuditQueries audit, OrganizationService organization, UiFormats formats) {
        this.audit = audit;
        this.organization = organization;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }

    @Override
    public Component render(ReportView report) {
        if (!audit.maySeeTrail(report.unitId())) {
            Span copied = new Span();
            copied.setText(copied.getTranslation("audit.notForCopies"));
            return copied;
        }
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(r -> formats.dateTime(r.at())).setKey("at").setHeader(grid.getTranslation("column.time"));
        List<AuditRecord> records = Notices.attempt(() -> audit.forReport(report.unitId(), report.id()))
                .orElse(List.of());
        ActorNames names = new ActorNames(organization).load(records);
        grid.addColumn(r -> names.of(grid, r)).setKey("actor").setHeader(grid.getTranslation("audit.actor"));
        grid.addColumn(r -> AuditLabels.action(grid, r.action()))
                .setKey("action")
                .setHeader(grid.getTranslation("audit.action"));
        grid.addColumn(r -> AuditLabels.details(grid, r.details()))
                .setKey("details")
                .setHeader(grid.getTranslation("audit.details"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(records);
        return grid;
    }
}
