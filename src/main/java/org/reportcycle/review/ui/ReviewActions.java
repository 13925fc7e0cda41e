package org.reportcycle.review.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/** The drafter submits the draft; the legal advisor passes it or returns it with a reason. */
@SpringComponent
class ReviewActions implements StepActions {

    private final ReviewService review;

    ReviewActions(ReviewService review) {
        this.review = review;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (ctx.actsAt(Step.DRAFT)) {
            TextArea note = ActionDialog.textArea("field.note", false);
            return List.of(new DecisionButton(
                    ctx,
                    "submit",
                    PRIMARY,
                    () -> review.submit(ctx.reportId(), note.getValue(), ctx.exceptions()),
                    note));
        }
        if (ctx.actsAt(Step.LEGAL_REVIEW)) {
            TextArea opinion = ActionDialog.textArea("field.opinion", false);
            TextArea reason = ActionDialog.textArea("field.reason", true);
            return List.of(
                    new DecisionButton(
                            ctx, "pass", PRIMARY, () -> review.pass(ctx.reportId(), opinion.getValue()), opinion),
                    new DecisionButton(
                            ctx,
                            "returnToDrafting",
                            ERROR,
                            () -> review.returnToDrafting(ctx.reportId(), reason.getValue()),
                            reason));
        }
        return List.of();
    }
}
