package org.reportcycle.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.SignInEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * When single sign-on cannot be completed: an identity service that does not answer is asked again at the next
 * sign-in (nothing is kept from the failure), and every failure is audited and ends on the sign-in page with its
 * reason.
 */
class SsoFailureTests {

    private final List<Object> events = new ArrayList<>();
    private final SsoFailureHandler handler = new SsoFailureHandler(events::add, "https://idp.example");

    @Test
    void an_identity_service_that_does_not_answer_is_asked_again_at_the_next_sign_in() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SsoRegistrations registrations = new SsoRegistrations(new ReportCycleSettings.Sso(
                true,
                "http://127.0.0.1:" + closedPort,
                "client",
                "secret",
                "preferred_username",
                List.of(),
                null,
                true));

        assertThatThrownBy(() -> registrations.findByRegistrationId("sso")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> registrations.findByRegistrationId("sso")).isInstanceOf(RuntimeException.class);
        assertThat(registrations.findByRegistrationId("other")).isNull();
    }

    @Test
    void a_refusal_is_audited_under_the_claimed_name_and_explained_on_the_sign_in_page() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(
                new MockHttpServletRequest("GET", "/login/oauth2/code/sso"),
                response,
                new SsoRefusedException(SsoRefusedException.DISABLED, "zf-0042", "disabled user"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?sso=disabled");
        assertThat(events)
                .containsExactly(new SignInEvent(
                        "zf-0042", "auth.loginFailed", "SSO https://idp.example: sso_disabled (disabled user)"));
    }

    @Test
    void any_other_failure_is_audited_without_a_name_and_reported_as_failed() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(
                new MockHttpServletRequest("GET", "/oauth2/authorization/sso"),
                response,
                new AuthenticationServiceException("identity service down"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?sso=failed");
        assertThat(events)
                .containsExactly(new SignInEvent(
                        "-", "auth.loginFailed", "SSO https://idp.example: AuthenticationServiceException"));
    }
}
