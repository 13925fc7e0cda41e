package org.reportcycle.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.reportcycle.security.LoginLockedException;
import org.reportcycle.security.LoginThrottle;
import org.reportcycle.security.sso.SsoLogin;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page; Spring Security's form login handles the POST. With single sign-on on, a button below the form
 * leads to the office's identity service, and a refused single sign-on comes back here with {@code ?sso=…}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    private final transient LoginThrottle throttle;

    public LoginView(LoginThrottle throttle, ReportCycleSettings settings) {
        this.throttle = throttle;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.subtitle")), form);
        if (settings.sso().enabled()) {
            add(singleSignOn(settings.sso().buttonLabel()));
        }
    }

    /** The way to the identity service: a plain link (the browser leaves the application), shown as a button. */
    private Anchor singleSignOn(String configuredLabel) {
        String label = configuredLabel == null || configuredLabel.isBlank()
                ? getTranslation("login.sso.button")
                : configuredLabel;
        Button button = new Button(label, VaadinIcon.KEY.create());
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        // the anchor is the control; the button inside it is only its look and is left out of the tab order
        button.setTabIndex(-1);
        Anchor link = new Anchor(SsoLogin.START_PATH, button);
        link.setRouterIgnore(true);
        link.setId("sso-login");
        link.getElement().setAttribute("aria-label", label);
        link.getStyle().set("width", "min(100%, 19.5rem)").set("text-decoration", "none");
        return link;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = i18n();
        String sso = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("sso")
                .orElse(null);
        if (sso != null) {
            // a single sign-on that did not end in a sign-in (SsoFailureHandler says which way)
            failed = true;
            String outcome = switch (sso) {
                case "unknown", "disabled" -> sso;
                default -> "failed";
            };
            i18n.getErrorMessage().setTitle(getTranslation("login.sso.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.sso.error." + outcome));
        } else if (failed && lastFailure() instanceof LoginLockedException locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage()
                    .setMessage(getTranslation(locked.messageKey(), locked.messageArgs(throttle.maxFailures())));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    // Spring Security's failure handler leaves the exception in the session before redirecting here.
    private static Object lastFailure() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
