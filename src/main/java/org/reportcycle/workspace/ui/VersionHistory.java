package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.VersionInfo;
import org.reportcycle.shared.Part;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/** The report's versions, newest first; a click shows that version's full text. */
@SpringComponent
class VersionHistory implements WorkspaceSection {

    private final ReportService reports;
    private final UiFormats formats;

    VersionHistory(ReportService reports, UiFormats formats) {
        this.reports = reports;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "versions.title";
    }

    @Override
    public Component render(ReportView report) {
        Grid<VersionInfo> grid = new Grid<>();
        grid.setId("versions");
        grid.addColumn(VersionInfo::versionNo)
                .setKey("no")
                .setHeader(grid.getTranslation("versions.no"))
                .setFlexGrow(0);
        grid.addColumn(v -> formats.dateTime(v.createdAt())).setKey("at").setHeader(grid.getTranslation("column.time"));
        grid.addColumn(VersionInfo::author).setKey("author").setHeader(grid.getTranslation("versions.author"));
        grid.addColumn(v -> grid.getTranslation(v.reason().messageKey()))
                .setKey("reason")
                .setHeader(grid.getTranslation("versions.reason"));
        grid.addColumn(v -> v.note() == null ? "" : v.note())
                .setKey("note")
                .setHeader(grid.getTranslation("versions.note"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setItems(Notices.attempt(() -> reports.versions(report.id())).orElse(List.of()));
        grid.addItemClickListener(e -> Notices.attempt(
                        () -> reports.versionText(report.id(), e.getItem().versionNo()))
                .ifPresent(text -> showText(e.getItem(), text)));
        return grid;
    }

    private void showText(VersionInfo version, ReportText text) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("versions.textOf", String.valueOf(version.versionNo())));
        dialog.setWidth("min(60rem, 95vw)");
        VerticalLayout body = new VerticalLayout(new H4(text.title()));
        for (Part part : Part.documentOrder()) {
            if (!text.part(part).isBlank()) {
                Paragraph paragraph = new Paragraph(text.part(part));
                paragraph.getStyle().set("white-space", "pre-wrap");
                body.add(new H4(dialog.getTranslation("part." + part.code())), paragraph);
            }
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
