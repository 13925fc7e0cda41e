package org.reportcycle.security.sso;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through single sign-on: known here by their own login name (which is what {@link #getName()}
 * gives, so everything that reads the signed-in name treats them as after a form login), with the authorities a form
 * login gives them.
 */
public final class SsoUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    SsoUser(String username, Collection<? extends GrantedAuthority> authorities, OidcIdToken token, OidcUserInfo info) {
        super(authorities, token, info);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    /** The identity service that vouched for the person. */
    public String issuer() {
        return getIssuer() == null ? "" : getIssuer().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SsoUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
