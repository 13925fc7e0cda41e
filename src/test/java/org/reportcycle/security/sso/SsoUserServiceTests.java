package org.reportcycle.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The matching rule on its own: the configured claim names the login name; unknown, disabled and unnamed people are
 * refused with their own codes; a known one gets the authorities of the user store (what the form login gives).
 */
class SsoUserServiceTests {

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("zf-0042").password("x").roles("USER").build(),
            User.withUsername("boss").password("x").roles("USER", "ADMIN").build(),
            User.withUsername("gone").password("x").roles("USER").disabled(true).build());

    private SsoUserService matchingBy(String claim, Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), claims);
        OidcUser person = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token);
        return new SsoUserService(request -> person, users, claim);
    }

    private static Map<String, Object> claims(String name, Object value) {
        return Map.of("iss", "https://idp.example", "sub", "opaque-123", name, value);
    }

    @Test
    void the_configured_claim_names_the_user_and_they_get_the_user_stores_authorities() {
        OidcUser signedIn = matchingBy("employee_number", claims("employee_number", "zf-0042"))
                .loadUser(null);

        assertThat(signedIn).isInstanceOf(SsoUser.class);
        assertThat(signedIn.getName()).isEqualTo("zf-0042");
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_USER");
        assertThat(((SsoUser) signedIn).issuer()).isEqualTo("https://idp.example");
        assertThat(matchingBy("preferred_username", claims("preferred_username", "boss"))
                        .loadUser(null)
                        .getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_USER", "ROLE_ADMIN");
    }

    @Test
    void an_unknown_name_is_refused_as_unknown() {
        assertThatThrownBy(() -> matchingBy("preferred_username", claims("preferred_username", "stranger"))
                        .loadUser(null))
                .isInstanceOfSatisfying(SsoRefusedException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(SsoRefusedException.UNKNOWN);
                    assertThat(e.claimed()).isEqualTo("stranger");
                });
    }

    @Test
    void the_subject_is_not_taken_for_the_name_when_the_claim_is_missing() {
        // "sub" is the identity service's own opaque id; matching it by accident would sign in a wrong person
        assertThatThrownBy(() -> matchingBy("preferred_username", claims("name", "zf-0042"))
                        .loadUser(null))
                .isInstanceOfSatisfying(SsoRefusedException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(SsoRefusedException.UNKNOWN);
                    assertThat(e.claimed()).isEmpty();
                });
    }

    @Test
    void a_disabled_user_is_refused_as_disabled() {
        assertThatThrownBy(() -> matchingBy("preferred_username", claims("preferred_username", "gone"))
                        .loadUser(null))
                .isInstanceOfSatisfying(
                        SsoRefusedException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(SsoRefusedException.DISABLED));
    }

    @Test
    void switching_it_on_without_issuer_or_client_fails_at_start_up_and_off_needs_nothing() {
        assertThatThrownBy(() -> new ReportCycleSettings.Sso(
                        true, null, "client", "secret", "preferred_username", null, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer-uri");
        assertThatThrownBy(() -> new ReportCycleSettings.Sso(
                        true, "https://idp.example", " ", "secret", "preferred_username", null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        ReportCycleSettings.Sso off =
                new ReportCycleSettings.Sso(false, null, null, null, "preferred_username", List.of(), null, true);
        assertThat(off.enabled()).isFalse();
    }
}
