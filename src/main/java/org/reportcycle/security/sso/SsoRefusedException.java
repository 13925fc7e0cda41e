package org.reportcycle.security.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity service vouched for a person who may not sign in here: nobody has the claimed login name
 * ({@code sso_unknown}), or that user is disabled ({@code sso_disabled}).
 */
class SsoRefusedException extends OAuth2AuthenticationException {

    static final String UNKNOWN = "sso_unknown";
    static final String DISABLED = "sso_disabled";

    private static final long serialVersionUID = 1L;

    /** The claim's value as the identity service sent it; empty when it sent none. */
    private final String claimed;

    SsoRefusedException(String code, String claimed, String description) {
        super(new OAuth2Error(code, description, null), description);
        this.claimed = claimed;
    }

    String claimed() {
        return claimed;
    }
}
