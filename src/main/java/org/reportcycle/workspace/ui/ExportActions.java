package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.ui.DownloadLink;

/** Word and PDF downloads of the report, for everyone who may open its workspace (the service checks again). */
@SpringComponent
class ExportActions implements StepActions {

    private final ReportExport export;

    ExportActions(ReportExport export) {
        this.export = export;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        Long id = ctx.reportId();
        return List.of(
                DownloadLink.of("export-docx", labelOf("export.docx"), () -> export.export(id, Format.DOCX)),
                DownloadLink.of("export-pdf", labelOf("export.pdf"), () -> export.export(id, Format.PDF)));
    }

    private static String labelOf(String key) {
        return I18NProvider.translate(key);
    }
}
