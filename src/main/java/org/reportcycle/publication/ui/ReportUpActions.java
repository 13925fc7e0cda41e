package org.reportcycle.publication.ui;

import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/** The drafter files the approved report with the supervising office (报送上级). */
@SpringComponent
class ReportUpActions implements StepActions {

    private final PublicationService publication;

    ReportUpActions(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (!ctx.actsAt(Step.REPORT_UP)) {
            return List.of();
        }
        TextArea note = ActionDialog.textArea("field.note", false);
        return List.of(new DecisionButton(
                ctx, "reportUp", PRIMARY, () -> publication.reportUp(ctx.reportId(), note.getValue()), note));
    }
}
