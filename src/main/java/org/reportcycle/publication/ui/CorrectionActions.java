package org.reportcycle.publication.ui;

import static com.vaadin.flow.component.button.ButtonVariant.LUMO_CONTRAST;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * The unit's drafters correct a published report (更正): the dialog shows each part's published text to
 * edit and asks what the correction corrects; the result is a new published version and the earlier one
 * stays readable on the portal.
 */
@SpringComponent
class CorrectionActions implements StepActions {

    private final PublicationService publication;

    CorrectionActions(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (ctx.report().step() != Step.PUBLISHED
                || !ctx.user().hasRole(ctx.report().unitId(), Role.DRAFTER)) {
            return List.of();
        }
        Map<Part, TextArea> texts = new EnumMap<>(Part.class);
        List<Component> fields = new ArrayList<>();
        TextArea note = ActionDialog.textArea("correct.note", true);
        note.setId("correct-note");
        fields.add(note);
        ctx.report().parts().forEach((part, text) -> {
            TextArea area = new TextArea(note.getTranslation("part." + part.code()));
            area.setValue(text.text() == null ? "" : text.text());
            // no maxLength: a longer paste is marked and refused with the limit named, never cut
            ActionDialog.markOverLimit(area, ReportService.MAX_PART_LENGTH);
            area.setWidthFull();
            area.setMaxHeight("12rem");
            area.setId("correct-part-" + part.code());
            texts.put(part, area);
            fields.add(area);
        });
        return List.of(new DecisionButton(
                ctx,
                "correct",
                LUMO_CONTRAST,
                () -> {
                    Map<Part, String> corrected = new EnumMap<>(Part.class);
                    texts.forEach((part, area) -> corrected.put(part, area.getValue()));
                    publication.correct(ctx.reportId(), corrected, note.getValue());
                },
                fields.toArray(Component[]::new)));
    }
}
