package org.reportcycle.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.audit.ApprovalSheets;
import org.reportcycle.ui.DownloadLink;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/** The approval record sheet (审批单) download in the workspace, for everyone who may read the report. */
@SpringComponent
class ApprovalSheetActions implements StepActions {

    private final ApprovalSheets sheets;

    ApprovalSheetActions(ApprovalSheets sheets) {
        this.sheets = sheets;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        Long id = ctx.reportId();
        return List.of(DownloadLink.of(
                "export-approval-sheet", I18NProvider.translate("export.approvalSheet"), () -> sheets.pdf(id)));
    }
}
