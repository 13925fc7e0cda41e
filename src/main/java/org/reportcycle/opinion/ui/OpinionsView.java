package org.reportcycle.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.reportcycle.opinion.CannedOpinionService;
import org.reportcycle.ui.Notices;

/** Each person edits their standard opinions, one a line, in the order the menus offer them. */
@Route("opinions")
@PermitAll
class OpinionsView extends VerticalLayout implements HasDynamicTitle {

    OpinionsView(CannedOpinionService opinions) {
        setMaxWidth("50rem");
        TextArea lines = new TextArea(getTranslation("opinion.lines"));
        lines.setId("opinion-lines");
        lines.setWidthFull();
        lines.setMinHeight("14rem");
        lines.setValue(String.join("\n", Notices.attempt(opinions::mine).orElse(List.of())));
        Button save = new Button(
                getTranslation("opinion.save"),
                e -> Notices.attempt(() ->
                                opinions.save(Arrays.asList(lines.getValue().split("\\R"))))
                        .ifPresent(saved -> {
                            lines.setValue(String.join("\n", saved));
                            Notices.success("opinion.saved");
                        }));
        save.setId("opinion-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("opinion.title")), new Paragraph(getTranslation("opinion.help")), lines, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.title") + " · " + getTranslation("app.name");
    }
}
