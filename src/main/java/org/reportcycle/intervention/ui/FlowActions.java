package org.reportcycle.intervention.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.LUMO_CONTRAST;
import static com.vaadin.flow.component.button.ButtonVariant.TERTIARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * Actions off the normal path: the drafter withdraws a submission the advisor has not started on; an
 * administrator returns the report to an earlier step; the task's holder or an administrator hands the
 * task to another member of the unit (转办).
 */
@SpringComponent
class FlowActions implements StepActions {

    private final FlowControlService flow;

    FlowActions(FlowControlService flow) {
        this.flow = flow;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        List<Component> actions = new ArrayList<>();
        if (ctx.task() == null) {
            return actions;
        }
        Step step = ctx.task().step();
        if (step == Step.LEGAL_REVIEW && ctx.user().hasRole(ctx.report().unitId(), Role.DRAFTER)) {
            TextArea reason = ActionDialog.textArea("field.note", false);
            actions.add(new DecisionButton(
                    ctx, "withdraw", LUMO_CONTRAST, () -> flow.withdraw(ctx.reportId(), reason.getValue()), reason));
        }
        if ((ctx.candidate() || ctx.user().administrator()) && step.actor() != null) {
            List<MemberView> targets =
                    Notices.attempt(() -> flow.reassignTargets(ctx.reportId())).orElse(List.of());
            if (!targets.isEmpty()) {
                PersonPicker to = new PersonPicker("");
                to.setId("reassign-to");
                to.setLabel(to.getTranslation("field.reassignTo"));
                to.people(targets.stream()
                        .map(m -> PersonPicker.Person.of(m, null))
                        .toList());
                TextArea reason = ActionDialog.textArea("field.note", false);
                actions.add(new DecisionButton(
                        ctx,
                        "reassign",
                        TERTIARY,
                        () -> flow.reassign(
                                ctx.reportId(), to.username() == null ? "" : to.username(), reason.getValue()),
                        to,
                        reason));
            }
        }
        if (ctx.user().administrator()) {
            List<Step> earlier =
                    Notices.attempt(() -> flow.earlierSteps(ctx.reportId())).orElse(List.of());
            if (!earlier.isEmpty()) {
                Select<Step> target = new Select<>();
                target.setId("return-to-step");
                target.setLabel(target.getTranslation("field.returnToStep"));
                target.setItems(earlier);
                target.setItemLabelGenerator(s -> target.getTranslation(s.messageKey()));
                target.setValue(earlier.get(0));
                TextArea reason = ActionDialog.textArea("field.reason", true);
                actions.add(new DecisionButton(
                        ctx,
                        "adminReturn",
                        ERROR,
                        () -> flow.returnTo(ctx.reportId(), target.getValue(), reason.getValue()),
                        target,
                        reason));
            }
        }
        return actions;
    }
}
