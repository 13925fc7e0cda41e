package org.reportcycle.approval.ui;

import static com.vaadin.flow.component.button.ButtonVariant.ERROR;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.List;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * The committee's steps: the secretary records the meeting; after "approved subject to changes" the
 * drafters hand in the revision and the secretary confirms it or sends it back.
 */
@SpringComponent
class CommitteeActions implements StepActions {

    private final CommitteeService committee;
    private final UiFormats formats;
    private final Clock clock;

    CommitteeActions(CommitteeService committee, UiFormats formats, Clock clock) {
        this.committee = committee;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (ctx.actsAt(Step.COMMITTEE)) {
            MeetingForm form = new MeetingForm(formats, clock);
            return List.of(new DecisionButton(
                    ctx,
                    "recordMeeting",
                    PRIMARY,
                    () -> committee.recordMeeting(ctx.reportId(), form.record(), form.uploaded),
                    form.fields()));
        }
        if (ctx.actsAt(Step.REVISION)) {
            TextArea note = ActionDialog.textArea("field.note", false);
            return List.of(new DecisionButton(
                    ctx,
                    "submitRevision",
                    PRIMARY,
                    () -> committee.submitRevision(ctx.reportId(), note.getValue()),
                    note));
        }
        if (ctx.actsAt(Step.CONFIRM_CHANGES)) {
            TextArea note = ActionDialog.textArea("field.note", false);
            TextArea reason = ActionDialog.textArea("field.reason", true);
            return List.of(
                    new DecisionButton(
                            ctx,
                            "confirmChanges",
                            PRIMARY,
                            () -> committee.confirmChanges(ctx.reportId(), true, note.getValue()),
                            note),
                    new DecisionButton(
                            ctx,
                            "refuseChanges",
                            ERROR,
                            () -> committee.confirmChanges(ctx.reportId(), false, reason.getValue()),
                            reason));
        }
        return List.of();
    }
}
