package org.reportcycle.security.sso;

import java.util.LinkedHashSet;
import java.util.concurrent.atomic.AtomicReference;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration, {@value #ID}, built from the identity service's OpenID configuration when it is first
 * needed and kept from then on. Not at start-up: the application starts, and its form login works, while the identity
 * service is down; a failed discovery is tried again at the next sign-in.
 */
class SsoRegistrations implements ClientRegistrationRepository {

    /** The registration id, the last part of the redirect URI {@code {baseUrl}/login/oauth2/code/sso}. */
    static final String ID = "sso";

    private final ReportCycleSettings.Sso settings;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    SsoRegistrations(ReportCycleSettings.Sso settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known == null) {
            known = discover();
            registration.compareAndSet(null, known);
        }
        return known;
    }

    private ClientRegistration discover() {
        var scopes = new LinkedHashSet<String>();
        scopes.add("openid");
        scopes.addAll(settings.scopes());
        return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopes)
                .build();
    }

    String issuer() {
        return settings.issuerUri();
    }
}
