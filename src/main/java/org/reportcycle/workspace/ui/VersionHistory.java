package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.VersionInfo;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * The report's versions, newest first; a click shows that version's full text. While drafting, the drafter may
 * restore an earlier version (after a confirmation): it becomes a new version, and the history keeps the rest.
 */
@SpringComponent
class VersionHistory implements WorkspaceSection {

    private final ReportService reports;
    private final UiFormats formats;
    private final CurrentUserService users;

    VersionHistory(ReportService reports, UiFormats formats, CurrentUserService users) {
        this.reports = reports;
        this.formats = formats;
        this.users = users;
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
        List<VersionInfo> all =
                Notices.attempt(() -> reports.versions(report.id())).orElse(List.of());
        boolean restorable = report.step().editable()
                && users.find()
                        .map(u -> u.hasRole(report.unitId(), Role.DRAFTER))
                        .orElse(false);
        if (restorable) {
            int newest = all.stream().mapToInt(VersionInfo::versionNo).max().orElse(0);
            grid.addComponentColumn(v -> v.versionNo() == newest ? new Span() : restoreButton(report, v))
                    .setKey("restore")
                    .setFlexGrow(0)
                    .setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setItems(all);
        grid.addItemClickListener(e -> Notices.attempt(
                        () -> reports.versionText(report.id(), e.getItem().versionNo()))
                .ifPresent(text -> showText(e.getItem(), text)));
        return grid;
    }

    private Button restoreButton(ReportView report, VersionInfo version) {
        Button restore = new Button();
        restore.setText(restore.getTranslation("versions.restore"));
        restore.setId("restore-" + version.versionNo());
        restore.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        restore.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("restore-confirm");
            confirm.setHeader(restore.getTranslation("versions.restoreTitle", String.valueOf(version.versionNo())));
            confirm.setText(restore.getTranslation(
                    "versions.restoreText", String.valueOf(version.versionNo()), String.valueOf(report.version())));
            confirm.setCancelable(true);
            confirm.setCancelText(restore.getTranslation("action.cancel"));
            confirm.setConfirmText(restore.getTranslation("versions.restore"));
            confirm.addConfirmListener(c -> Notices.attempt(() -> reports.restore(report.id(), version.versionNo()))
                    .ifPresent(saved -> {
                        restore.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                        Notices.success("notice.restored", String.valueOf(version.versionNo()));
                    }));
            confirm.open();
        });
        return restore;
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
