package org.reportcycle.people.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.security.PasswordService;
import org.reportcycle.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * Someone an administrator asked to change their password is sent to {@link PasswordView} from every screen
 * until they have; the person's menu in the top bar offers everyone the way there (route {@code password}).
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final PasswordService passwords;
    private final CurrentUserService users;

    ForcedPasswordChange(PasswordService passwords, CurrentUserService users) {
        this.passwords = passwords;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordView.class
                || target == LoginView.class
                || users.find().isEmpty()) {
            return;
        }
        if (passwords.mustChange()) {
            event.rerouteTo(PasswordView.class);
        }
    }
}
