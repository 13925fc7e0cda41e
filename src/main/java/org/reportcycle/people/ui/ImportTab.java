package org.reportcycle.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.reportcycle.people.PeopleExport;
import org.reportcycle.people.PeopleImport;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.WidgetTexts;

/** The import tab: a file checked first with a row-by-row report, applied when clean; exports of all three lists. */
class ImportTab extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleImport importer;
    private final PeopleExport export;
    private final Runnable imported;
    private final Grid<PeopleImport.Problem> problems = new Grid<>();
    private final Span importResult = new Span();
    private final Button applyImport = new Button();
    private String pendingName;
    private byte[] pendingFile;

    ImportTab(PeopleImport importer, PeopleExport export, Runnable imported) {
        this.importer = importer;
        this.export = export;
        this.imported = imported;
        add(content());
    }

    private VerticalLayout content() {
        UI ui = UI.getCurrent();
        Upload upload =
                new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> preview(meta.fileName(), bytes))));
        upload.setId("people-upload");
        WidgetTexts.upload(upload);
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        problems.setId("import-problems");
        problems.addColumn(p -> p.sheet() + " · " + p.row())
                .setHeader(getTranslation("people.row"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.key(), p.args().toArray()))
                .setKey("problem")
                .setHeader(getTranslation("people.problem"))
                .setFlexGrow(3);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importResult.setId("import-result");
        applyImport.setText(getTranslation("people.importApply"));
        applyImport.setId("apply-import");
        applyImport.setEnabled(false);
        applyImport.addClickListener(e -> Notices.attempt(() -> importer.apply(pendingName, pendingFile))
                .ifPresent(n -> {
                    Notices.success("people.imported", String.valueOf(n));
                    applyImport.setEnabled(false);
                    imported.run();
                }));
        HorizontalLayout exports = new HorizontalLayout(
                download("export-xlsx", "people.exportXlsx", "people.xlsx", XLSX, export::xlsx),
                download(
                        "export-units-csv",
                        "people.exportCsv",
                        "units.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.UNITS)),
                download(
                        "export-users-csv",
                        "people.exportCsv",
                        "users.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.USERS)),
                download(
                        "export-memberships-csv",
                        "people.exportCsv",
                        "memberships.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.MEMBERSHIPS)));
        return new VerticalLayout(upload, importResult, problems, applyImport, exports);
    }

    /** Checks an uploaded file and shows its (row, problem) report; the import button waits for a clean one. */
    void preview(String fileName, byte[] bytes) {
        pendingName = fileName;
        pendingFile = bytes;
        applyImport.setEnabled(false);
        Notices.attempt(() -> importer.check(fileName, bytes)).ifPresent(report -> {
            problems.setItems(report.problems());
            problems.setVisible(!report.ok());
            importResult.setText(
                    report.ok()
                            ? getTranslation("people.importOk", String.valueOf(report.rows()))
                            : getTranslation(
                                    "people.importProblems",
                                    String.valueOf(report.problems().size())));
            applyImport.setEnabled(report.ok());
        });
    }

    private Anchor download(String id, String key, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(key) + " (" + fileName + ")"));
        return anchor;
    }
}
