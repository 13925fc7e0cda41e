package org.reportcycle.publication.ui;

import static com.vaadin.flow.component.button.ButtonVariant.PRIMARY;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.WidgetTexts;
import org.reportcycle.workspace.ui.DecisionButton;
import org.reportcycle.workspace.ui.StepActions;
import org.reportcycle.workspace.ui.WorkspaceContext;

/**
 * The drafter publishes the approved report with its 索引号, 发布机构 and 成文日期; each may be left blank
 * for the service's default (generated number, the unit's name, today).
 */
@SpringComponent
class PublishActions implements StepActions {

    private final PublicationService publication;

    PublishActions(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public List<Component> actions(WorkspaceContext ctx) {
        if (!ctx.actsAt(Step.PUBLISH)) {
            return List.of();
        }
        TextField indexNo = new TextField();
        indexNo.setLabel(indexNo.getTranslation("publish.indexNo"));
        indexNo.setPlaceholder(indexNo.getTranslation("publish.indexNoDefault"));
        indexNo.setId("publish-index-no");
        indexNo.setMaxLength(100);
        TextField issuer = new TextField();
        issuer.setLabel(issuer.getTranslation("publish.issuer"));
        issuer.setPlaceholder(ctx.report().unitName());
        issuer.setId("publish-issuer");
        DatePicker writtenOn = new DatePicker();
        writtenOn.setLabel(writtenOn.getTranslation("publish.writtenOn"));
        writtenOn.setHelperText(writtenOn.getTranslation("publish.writtenOnDefault"));
        writtenOn.setId("publish-written-on");
        writtenOn.setMax(LocalDate.now());
        WidgetTexts.datePicker(writtenOn);
        return List.of(new DecisionButton(
                ctx,
                "publish",
                PRIMARY,
                () -> publication.publish(
                        ctx.reportId(),
                        new PublishRequest(indexNo.getValue(), issuer.getValue(), writtenOn.getValue())),
                indexNo,
                issuer,
                writtenOn));
    }
}
