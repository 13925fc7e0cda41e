package org.reportcycle.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.reportcycle.security.PasswordPolicy;
import org.reportcycle.security.PasswordService;
import org.reportcycle.ui.Notices;

/** Changing one's own password; where an administrator's demand to change it sends people first. */
@Route("password")
@PermitAll
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    public PasswordView(PasswordService passwords) {
        setMaxWidth("32rem");
        add(new H2(getTranslation("password.title")));
        if (passwords.mustChange()) {
            Paragraph must = new Paragraph(getTranslation("password.mustChange"));
            must.setId("password-must-change");
            add(must);
        }
        PasswordField current = field("password-current", "password.current");
        PasswordField fresh = field("password-new", "password.new");
        fresh.setHelperText(getTranslation("password.rules"));
        PasswordField repeat = field("password-repeat", "password.repeat");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            if (Notices.attempt(() -> passwords.changeOwn(current.getValue(), fresh.getValue()))) {
                current.clear();
                fresh.clear();
                repeat.clear();
                Notices.success("password.saved");
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, fresh, repeat, save);
    }

    private static PasswordField field(String id, String labelKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
