package org.reportcycle.approval.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.stream.Collectors;
import org.reportcycle.approval.CoSigning;
import org.reportcycle.approval.CoSigning.CoSigner;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * 会签 in the workspace: a co-signer who has not decided yet agrees with an opinion or returns the report to
 * drafting; beside the buttons, who of the co-signers has agreed and who is still to decide, by name. Where no leader
 * signs after the co-signers, each attests the confidentiality review. The service enforces all of it.
 */
@SpringComponent
class CoSignActions implements StepActions {

    private final CoSigning coSigning;

    CoSignActions(CoSigning coSigning) {
        this.coSigning = coSigning;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (!ctx.actsAt(Step.CO_SIGN) || !coSigning.awaitsCaller(ctx.reportId())) {
            return List.of();
        }
        List<CoSigner> coSigners = coSigning.coSigners(ctx.reportId());
        TextArea opinion = ActionDialog.textArea("field.opinion", true);
        Checkbox attested = new Checkbox(opinion.getTranslation("field.confidentiality"));
        attested.setId("confidentiality");
        attested.setVisible(coSigning.finalSigners(ctx.reportId()));
        TextArea reason = ActionDialog.textArea("field.reason", true);
        Span state = new Span(opinion.getTranslation("cosign.state", names(coSigners, false), names(coSigners, true)));
        state.setId("cosign-state");
        return List.of(
                state,
                new DecisionButton(
                        ctx,
                        "coSignApprove",
                        PRIMARY,
                        () -> coSigning.approve(ctx.reportId(), opinion.getValue(), attested.getValue()),
                        opinion,
                        attested),
                new DecisionButton(
                        ctx,
                        "coSignReturn",
                        ERROR,
                        () -> coSigning.returnReport(ctx.reportId(), reason.getValue()),
                        reason));
    }

    private static String names(List<CoSigner> coSigners, boolean waiting) {
        String names = coSigners.stream()
                .filter(c -> c.waiting() == waiting)
                .map(CoSigner::name)
                .collect(Collectors.joining("、"));
        return names.isEmpty() ? "—" : names;
    }
}
