package org.reportcycle.intervention.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.intervention.ReturnService;
import org.reportcycle.intervention.ReturnService.ReturnTarget;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * The person deciding at sign-off, the committee or the confirmation of changes returns the report to any
 * earlier step their role may (issue 20): the dialog's choice lists drafting, legal review and the leaders who
 * signed before, by name. The office's return at its review is the administrator's return (FlowActions); the
 * legal advisor's only earlier step, drafting, is their step's own return.
 */
@SpringComponent
class ReturnToActions implements StepActions {

    private final ReturnService returns;

    ReturnToActions(ReturnService returns) {
        this.returns = returns;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (ctx.task() == null
                || !ctx.candidate()
                || ctx.user().administrator()
                || ctx.task().step() == Step.OFFICE_REVIEW
                || ctx.task().step() == Step.LEGAL_REVIEW) {
            return List.of();
        }
        List<ReturnTarget> targets =
                Notices.attempt(() -> returns.targets(ctx.reportId())).orElse(List.of());
        if (targets.isEmpty()) {
            return List.of();
        }
        Select<ReturnTarget> to = new Select<>();
        to.setId("return-to-target");
        to.setLabel(to.getTranslation("field.returnToStep"));
        to.setItems(targets);
        to.setItemLabelGenerator(t -> t.signer() == null
                ? to.getTranslation(t.step().messageKey())
                : to.getTranslation("field.returnToSigner", t.signerName(), t.signer()));
        to.setValue(targets.getFirst());
        TextArea reason = ActionDialog.textArea("field.reason", true);
        return List.of(new DecisionButton(
                ctx,
                "returnTo",
                ERROR,
                () -> returns.returnTo(ctx.reportId(), to.getValue(), reason.getValue()),
                to,
                reason));
    }
}
