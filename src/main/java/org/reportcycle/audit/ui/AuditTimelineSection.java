package org.reportcycle.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.AuditRecord;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.ui.WorkspaceSection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Everything that happened to the report, oldest first: when, who, what, and the recorded details. */
@org.springframework.stereotype.Component
class AuditTimelineSection implements WorkspaceSection {

    private final AuditQueries audit;
    private final UiFormats formats;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTimelineSection(AuditQueries audit, UiFormats formats) {
        this.audit = audit;
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
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(r -> formats.dateTime(r.at())).setKey("at").setHeader(grid.getTranslation("column.time"));
        grid.addColumn(AuditRecord::actor).setKey("actor").setHeader(grid.getTranslation("audit.actor"));
        grid.addColumn(r -> labelOr(grid, "audit.action." + r.action(), r.action())).setKey("action")
                .setHeader(grid.getTranslation("audit.action"));
        grid.addColumn(r -> details(grid, r.details())).setKey("details").setHeader(grid.getTranslation("audit.details"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(Notices.attempt(() -> audit.forReport(report.unitId(), report.id())).orElse(List.of()));
        return grid;
    }

    /** The details as "label: value" pairs; labels are translated where known, values shown as recorded. */
    private String details(Component c, String detailsJson) {
        if (detailsJson == null || detailsJson.isBlank()) {
            return "";
        }
        boolean chinese = "zh".equals(UI.getCurrent().getLocale().getLanguage());
        try {
            Map<?, ?> values = json.readValue(detailsJson, Map.class);
            return values.entrySet().stream()
                    .map(e -> labelOr(c, "audit.detail." + e.getKey(), String.valueOf(e.getKey()))
                            + (chinese ? "：" : ": ") + e.getValue())
                    .collect(Collectors.joining(chinese ? "；" : "; "));
        } catch (JacksonException e) {
            return detailsJson;
        }
    }

    /** New actions and detail keys appear before their labels do; show them as recorded meanwhile. */
    private static String labelOr(Component c, String key, String fallback) {
        String label = c.getTranslation(key);
        return label.startsWith("!{") ? fallback : label;
    }
}
