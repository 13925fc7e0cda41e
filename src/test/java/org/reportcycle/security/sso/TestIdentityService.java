package org.reportcycle.security.sso;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in an application context of its
 * own, on {@code 127.0.0.1} and a free port (the application under test runs on {@code localhost}, so the two never
 * share cookies). It has one client, {@value #CLIENT_ID}, people added by the tests (password {@value #PASSWORD}),
 * its own sign-in form, and puts {@code preferred_username} (the person's name there) into the ID token.
 * Started once per test JVM; closed when the JVM ends.
 */
public final class TestIdentityService {

    public static final String CLIENT_ID = "reportcycle";
    public static final String CLIENT_SECRET = "sso-test-secret";
    public static final String PASSWORD = "idp-password";

    private static TestIdentityService running;

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private TestIdentityService(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.issuer = "http://127.0.0.1:" + port;
    }

    /** The running provider, started at the first call. */
    public static synchronized TestIdentityService get() {
        if (running == null) {
            running = new TestIdentityService(new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties(
                            "server.port=0",
                            "server.address=127.0.0.1",
                            "spring.main.banner-mode=off",
                            "spring.config.name=test-identity-service",
                            "spring.jmx.enabled=false")
                    .registerShutdownHook(true)
                    .run());
        }
        return running;
    }

    public String issuer() {
        return issuer;
    }

    /** A person the provider knows, signing in there as {@code name} with {@link #PASSWORD}. */
    public void addPerson(String name) {
        InMemoryUserDetailsManager people = context.getBean(InMemoryUserDetailsManager.class);
        if (!people.userExists(name)) {
            people.createUser(User.withUsername(name)
                    .password("{noop}" + PASSWORD)
                    .roles("STAFF")
                    .build());
        }
    }

    /** Lets the client be sent back to this address (the application's port is known only once it runs). */
    public void allowRedirectTo(String redirectUri) {
        InMemoryRegisteredClientRepository clients = context.getBean(InMemoryRegisteredClientRepository.class);
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        if (!client.getRedirectUris().contains(redirectUri)) {
            clients.save(RegisteredClient.from(client).redirectUri(redirectUri).build());
        }
    }

    /** Lets the client send people back to this address after they sign out there (OpenID Connect RP-initiated logout). */
    public void allowPostLogoutRedirectTo(String uri) {
        InMemoryRegisteredClientRepository clients = context.getBean(InMemoryRegisteredClientRepository.class);
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        if (!client.getPostLogoutRedirectUris().contains(uri)) {
            clients.save(
                    RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
        }
    }

    /**
     * The provider's configuration; neither a component nor a {@code @Configuration}, so the application's own
     * component scan of the test classes passes it by.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(
                            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(
                                    "/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        /**
         * The application under test replaces the JVM's static security context strategy with Vaadin's once it starts,
         * and some provider endpoints read the static one: the provider's filters always use whichever is current.
         */
        @Bean
        SecurityContextHolderStrategy currentStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("http://127.0.0.1/unused")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    context.getClaims()
                            .claim("preferred_username", context.getPrincipal().getName());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The user-info endpoint checks the access tokens it is shown with the provider's own key. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings serverSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
