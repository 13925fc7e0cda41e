package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.ui.Notices;

/** The drafter's "import a Word or text file" button while the report may be edited. */
@SpringComponent
class ImportActions implements StepActions {

    private final ReportImporter importer;
    private final ReportService reports;

    ImportActions(ReportImporter importer, ReportService reports) {
        this.importer = importer;
        this.reports = reports;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (!ctx.report().step().editable() || !ctx.user().hasRole(ctx.report().unitId(), Role.DRAFTER)) {
            return List.of();
        }
        Button open = new Button(VaadinIcon.UPLOAD.create());
        open.setText(open.getTranslation("import.open"));
        open.setId("action-import");
        open.addClickListener(e -> {
            // The import rewrites parts from the saved text; typed but unsaved text would be lost without a word
            if (ctx.hasUnsavedEdits()) {
                Notices.error(new UserFacingException("error.unsavedEdits"));
                return;
            }
            new ImportDialog(ctx, importer, reports).open();
        });
        return List.of(open);
    }
}
