package org.reportcycle.security.sso;

import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Matches the person the identity service vouched for (its ID token, checked by Spring Security, and its user-info
 * answer) to a user here: the configured claim's value is the login name. The user must exist and be active; they
 * then get the very authorities the form login gives (the same {@link UserDetailsService}). Nobody is created.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> identityService;
    private final UserDetailsService users;
    private final String claim;

    SsoUserService(UserDetailsService users, ReportCycleSettings.Sso settings) {
        this(new OidcUserService(), users, settings.claim());
    }

    SsoUserService(
            OAuth2UserService<OidcUserRequest, OidcUser> identityService, UserDetailsService users, String claim) {
        this.identityService = identityService;
        this.users = users;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser person = identityService.loadUser(request);
        Object value = person.getClaims().get(claim);
        String claimed = value == null ? "" : value.toString().strip();
        if (claimed.isEmpty()) {
            throw new SsoRefusedException(SsoRefusedException.UNKNOWN, "", "no claim " + claim);
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(claimed);
        } catch (UsernameNotFoundException e) {
            throw new SsoRefusedException(SsoRefusedException.UNKNOWN, claimed, "unknown person");
        }
        if (!user.isEnabled()) {
            throw new SsoRefusedException(SsoRefusedException.DISABLED, claimed, "disabled user");
        }
        return new SsoUser(user.getUsername(), user.getAuthorities(), person.getIdToken(), person.getUserInfo());
    }
}
