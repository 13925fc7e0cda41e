package org.reportcycle.office.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/** The supervising office accepts a filed report (审查备案) or sends it back for correction with a reason. */
@SpringComponent
class OfficeReviewActions implements StepActions {

    private final OfficeReviewService office;

    OfficeReviewActions(OfficeReviewService office) {
        this.office = office;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (!ctx.actsAt(Step.OFFICE_REVIEW)) {
            return List.of();
        }
        TextArea note = ActionDialog.textArea("field.note", false);
        TextArea reason = ActionDialog.textArea("field.reason", true);
        return List.of(
                new DecisionButton(
                        ctx, "officeAccept", PRIMARY, () -> office.accept(ctx.reportId(), note.getValue()), note),
                new DecisionButton(
                        ctx, "officeReturn", ERROR, () -> office.sendBack(ctx.reportId(), reason.getValue()), reason));
    }
}
