package org.reportcycle.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.reportcycle.security.sso.SsoLogin;
import org.reportcycle.security.token.BearerTokens;
import org.reportcycle.security.token.TokenScopeRules;
import org.reportcycle.security.ui.LoginView;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Four filter chains: actuator (health open, the rest for administrators), the REST API (bearer tokens or
 * HTTP Basic, stateless, no cookies so no CSRF), the public portal (no login), and the Vaadin application (form login
 * through {@link LoginView}, and OpenID Connect single sign-on when it is on ({@link SsoLogin}); Vaadin's CSRF
 * tokens, a new session id at sign-in). Both password logins go through
 * {@link ThrottledAuthenticationProvider}, which locks a name out after repeated failures.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization decision: the request
     * itself is still measured ({@code http.server.requests}), but wrapping every one of the chain's filters in an
     * observation was about 5 % of an API call's CPU in a profile of the REST load test, and nobody reads those.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Actuator: health (and its liveness/readiness groups) for everyone, every other endpoint for administrators
     * (HTTP Basic, or an administrator's token with {@code read:metrics}). A missing or bad credential gets 401
     * with {@code WWW-Authenticate}, never a redirect.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(
            HttpSecurity http,
            ApiAuthenticationEntryPoint entryPoint,
            ApiLogins logins,
            BearerTokens bearer,
            TokenScopeRules scopes)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .access(scopes.actuator()))
                .authenticationManager(logins.manager())
                .addFilterBefore(bearer.filter(entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Spring's failure events, also for our lock-out (the audit records every failed sign-in). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginLockedException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * The REST API: a bearer token ({@code security.token}) or HTTP Basic whose verified logins are remembered
     * for a few minutes ({@link VerifiedPasswords}: no password hash per call); stateless, no CSRF.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiAuthenticationEntryPoint entryPoint,
            ApiLogins logins,
            BearerTokens bearer,
            TokenScopeRules scopes)
            throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/public/**", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .access(scopes.api()))
                .authenticationManager(logins.manager())
                .addFilterBefore(bearer.filter(entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/**", "/public", "/sitemap.xml")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(
            HttpSecurity http, MessageSource messages, ReportCycleSettings settings, ObjectProvider<SsoLogin> sso)
            throws Exception {
        // single sign-on (OpenID Connect) beside the form login, when it is on
        SsoLogin singleSignOn = sso.getIfAvailable();
        if (singleSignOn != null) {
            singleSignOn.configure(http);
        }
        return http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // login CSRF: a sign-in posted from another site is refused (issue 19)
                .addFilterBefore(new LoginOriginFilter(messages, settings.publicBaseUrl()), CsrfFilter.class)
                // Vaadin's configurer replaces the header settings; these two are set before it runs
                .addFilterBefore(
                        (request, response, chain) -> {
                            HttpServletResponse answer = (HttpServletResponse) response;
                            answer.setHeader("X-Content-Type-Options", "nosniff");
                            answer.setHeader(
                                    "Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
                            chain.doFilter(request, response);
                        },
                        HeaderWriterFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), v -> {
                    v.loginView(LoginView.class);
                    if (singleSignOn != null) {
                        singleSignOn.signOut().ifPresent(v::logoutSuccessHandler);
                    }
                })
                .build();
    }
}
