package org.reportcycle.testdata;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kotlin.jvm.functions.Function0;
import org.reportcycle.ui.ActionDialog;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Runs the Vaadin screens without a browser (Karibu Testing) against the Spring context, with a user
 * signed in through Spring Security's context. Vaadin's route access checks read the principal and roles
 * from the request, so the fake request answers from that same context.
 */
public final class Browserless {

    private static Routes routes;

    private Browserless() {}

    /** Signs the user in and opens a fresh browser tab (UI) for them. */
    public static void start(ApplicationContext ctx, String username, boolean administrator) {
        login(username, administrator);
        if (routes == null) {
            routes = discoverRoutes();
        }
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null
                        && auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    /**
     * Karibu's own discovery skips package-private classes, and our views and layout are package-private,
     * so the routes are found with Spring's scanner, which reads the bytecode whatever the visibility.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.reportcycle")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, Set.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class), true);
    }

    /**
     * Signs the user in and opens the report's workspace, asserting that it rendered the report (its title and
     * step): a test that then asserts something is absent cannot pass on an empty or refused screen.
     */
    public static void openReport(ApplicationContext ctx, String username, Long reportId) {
        start(ctx, username, false);
        navigate("reports/" + reportId);
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText())
                .as("the workspace shows report %s to %s", reportId, username)
                .isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withId("report-step")).getText())
                .isNotBlank();
    }

    /**
     * Opens the workspace panel with this title, as a person clicking it would: a closed panel's content is
     * made only when it is opened.
     */
    public static void openPanel(String title) {
        _get(Details.class, spec -> spec.withPredicate(d -> title.equals(d.getSummaryText())))
                .setOpened(true);
    }

    public static void stop() {
        MockVaadin.tearDown();
        SignedIn.clear();
    }

    public static void login(String username, boolean administrator) {
        List<String> roles = administrator ? List.of("ROLE_USER", "ROLE_ADMIN") : List.of("ROLE_USER");
        SignedIn.set(
                new UsernamePasswordAuthenticationToken(username, null, AuthorityUtils.createAuthorityList(roles)));
    }

    public static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Clicks the confirm button of the open decision dialog. */
    public static void confirmDialog() {
        _click(openDialog().confirmButton());
    }

    public static ActionDialog openDialog() {
        return _get(ActionDialog.class, spec -> spec.withPredicate(Dialog::isOpened));
    }

    public static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** The texts of the notifications now showing. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Browserless::text)
                .toList();
    }

    private static String text(Notification n) {
        String property = n.getElement().getProperty("text");
        return property != null ? property : n.getElement().getTextRecursively();
    }
}
