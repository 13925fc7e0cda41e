package org.reportcycle.security.sso;

import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Single sign-on's beans, only while {@code reportcycle.sso.enabled} is true: otherwise nothing of it exists. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("reportcycle.sso.enabled")
class SsoConfiguration {

    @Bean
    SsoRegistrations ssoRegistrations(ReportCycleSettings settings) {
        return new SsoRegistrations(settings.sso());
    }

    @Bean
    SsoLogin ssoLogin(
            SsoRegistrations registrations,
            UserDetailsService users,
            ReportCycleSettings settings,
            ApplicationEventPublisher events) {
        return new SsoLogin(
                registrations,
                new SsoUserService(users, settings.sso()),
                new SsoFailureHandler(events, settings.sso().issuerUri()),
                settings.sso().signOutAtIdentityService());
    }
}
