package org.reportcycle.approval.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportcycle.approval.AddedSigners;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workflow.LeaderTurn;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * The leader whose turn it is approves with an opinion or returns the report. Only the last leader is
 * asked for the confidentiality attestation, and only a leader after the first may return to the one
 * before; the service enforces both whatever the screen offers.
 */
@SpringComponent
class SignoffActions implements StepActions {

    private final SignoffService signoff;
    private final AddedSigners added;

    SignoffActions(SignoffService signoff, AddedSigners added) {
        this.signoff = signoff;
        this.added = added;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        // while an added signer (加签) has the task, nobody decides (AddedSignerActions says whom it waits for)
        if (!ctx.actsAt(Step.LEADER_SIGNOFF) || added.waiting(ctx.reportId()).isPresent()) {
            return List.of();
        }
        // The caller is a candidate, so the turn is theirs
        Optional<LeaderTurn> current = signoff.turn(ctx.reportId());
        if (current.isEmpty()) {
            return List.of();
        }
        LeaderTurn turn = current.get();
        int place = turn.place();
        boolean last = turn.last();

        TextArea opinion = ActionDialog.textArea("field.opinion", false);
        Checkbox attested = new Checkbox(opinion.getTranslation("field.confidentiality"));
        attested.setId("confidentiality");
        attested.setVisible(last);
        TextArea reason = ActionDialog.textArea("field.reason", true);
        Checkbox toPrevious = new Checkbox(reason.getTranslation("field.toPreviousSigner"));
        toPrevious.setId("to-previous-signer");
        toPrevious.setVisible(place > 1);

        List<Component> buttons = new ArrayList<>();
        buttons.add(new DecisionButton(
                ctx,
                "approve",
                PRIMARY,
                () -> signoff.approve(ctx.reportId(), opinion.getValue(), last && attested.getValue()),
                opinion,
                attested));
        buttons.add(new DecisionButton(
                ctx,
                "returnSignoff",
                ERROR,
                () -> signoff.returnReport(ctx.reportId(), reason.getValue(), toPrevious.getValue()),
                reason,
                toPrevious));
        return buttons;
    }
}
