package org.reportcycle.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.context.ActiveProfiles;

/** Single sign-on is off by default: no client registration, no OAuth2 filters, no identity service needed. */
@SpringBootTest
@ActiveProfiles("test")
class SsoOffTests {

    @Autowired
    ApplicationContext context;

    @Test
    void by_default_nothing_of_single_sign_on_exists() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(SsoLogin.class)).isEmpty();
        FilterChainProxy chains = context.getBean(FilterChainProxy.class);
        assertThat(chains.getFilterChains())
                .flatExtracting(chain -> chain.getFilters())
                .noneMatch(f -> f instanceof OAuth2LoginAuthenticationFilter
                        || f instanceof OAuth2AuthorizationRequestRedirectFilter);
    }
}
