package org.reportcycle.approval.ui;

import static com.vaadin.flow.component.button.ButtonVariant.LUMO_CONTRAST;
import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import org.reportcycle.approval.AddedSigner;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.approval.AddedSigners;
import org.reportcycle.approval.AddedSigners.AddSigner;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.workflow.LeaderTurn;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * 加签 in the workspace: the leader whose turn it is adds a person of the unit (the picker offers only them) before
 * or after themselves; the added person signs with an opinion; while the report waits for them, the screen says for
 * whom. The service checks all of it again.
 */
@SpringComponent
class AddedSignerActions implements StepActions {

    private final AddedSigners added;
    private final SignoffService signoff;

    AddedSignerActions(AddedSigners added, SignoffService signoff) {
        this.added = added;
        this.signoff = signoff;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (ctx.task() == null || ctx.task().step() != Step.LEADER_SIGNOFF) {
            return List.of();
        }
        Optional<AddedSigner> waiting =
                Notices.attempt(() -> added.waiting(ctx.reportId())).flatMap(w -> w);
        if (waiting.isPresent()) {
            return List.of(waitingFor(ctx, waiting.get()));
        }
        if (!ctx.actsAt(Step.LEADER_SIGNOFF)) {
            return List.of();
        }
        List<MemberView> people =
                Notices.attempt(() -> added.candidates(ctx.reportId())).orElse(List.of());
        return people.isEmpty() ? List.of() : List.of(addButton(ctx, people));
    }

    /** The added person signs; everyone else sees whom the sign-off waits for. */
    private Component waitingFor(WorkspaceContext ctx, AddedSigner w) {
        if (!w.added().equals(ctx.user().username()) && !ctx.user().delegators().contains(w.added())) {
            Span note = new Span();
            note.setText(note.getTranslation("addSigner.waiting", w.addedName()));
            note.setId("added-signer-waiting");
            note.getStyle().setColor("#8a5a00").set("align-self", "center");
            return note;
        }
        Span asked = new Span();
        String kind = asked.getTranslation("addSigner.kind." + w.placement().name());
        asked.setText(
                w.reason() == null
                        ? asked.getTranslation("addSigner.askedYou", w.addedByName(), kind)
                        : asked.getTranslation("addSigner.askedYouWhy", w.addedByName(), kind, w.reason()));
        asked.setId("added-signer-request");
        TextArea opinion = ActionDialog.textArea("field.opinion", true);
        opinion.setId("added-signer-opinion");
        return new DecisionButton(
                ctx, "addedSign", PRIMARY, () -> added.sign(ctx.reportId(), opinion.getValue()), asked, opinion);
    }

    private Component addButton(WorkspaceContext ctx, List<MemberView> people) {
        PersonPicker person = new PersonPicker("");
        person.setId("added-signer");
        person.setLabel(person.getTranslation("field.addSigner"));
        person.setRequiredIndicatorVisible(true);
        person.setWidthFull();
        person.people(people.stream().map(m -> PersonPicker.Person.of(m, null)).toList());

        RadioButtonGroup<Placement> placement = new RadioButtonGroup<>(person.getTranslation("field.addPlacement"));
        placement.setId("added-signer-placement");
        placement.setItems(Placement.values());
        placement.setItemLabelGenerator(p -> person.getTranslation("addSigner." + p.name()));
        placement.setValue(Placement.BEFORE);
        placement.addClassName("vertical");
        placement.getElement().getThemeList().add("vertical");

        TextArea reason = ActionDialog.textArea("field.addReason", false);
        reason.setId("added-signer-reason");
        // AFTER: the leader's own approval, as the approve dialog takes it
        TextArea opinion = ActionDialog.textArea("field.opinion", false);
        opinion.setId("added-signer-leader-opinion");
        boolean last = Notices.attempt(() -> signoff.turn(ctx.reportId()))
                .flatMap(t -> t)
                .map(LeaderTurn::last)
                .orElse(false);
        Checkbox attested = new Checkbox(person.getTranslation("field.confidentiality"));
        attested.setId("added-signer-confidentiality");
        Runnable after = () -> {
            boolean isAfter = placement.getValue() == Placement.AFTER;
            opinion.setVisible(isAfter);
            attested.setVisible(isAfter && last);
        };
        placement.addValueChangeListener(e -> after.run());
        after.run();
        return new DecisionButton(
                ctx,
                "addSigner",
                LUMO_CONTRAST,
                () -> added.add(
                        ctx.reportId(),
                        new AddSigner(
                                person.username(),
                                placement.getValue(),
                                reason.getValue(),
                                opinion.getValue(),
                                last && attested.getValue())),
                person,
                placement,
                reason,
                opinion,
                attested);
    }
}
