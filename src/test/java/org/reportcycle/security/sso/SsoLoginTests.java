package org.reportcycle.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Role;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on over HTTP, as a browser would go: the application sends the person to a real OpenID provider
 * ({@link TestIdentityService}), they sign in on its form, it sends them back with a code. A person the provider
 * knows but this application does not is refused, as is a disabled user; a known one is signed in with exactly
 * what a form login gives them. Every outcome is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SsoLoginTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("reportcycle.sso.enabled", () -> "true");
        properties.add(
                "reportcycle.sso.issuer-uri", () -> TestIdentityService.get().issuer());
        properties.add("reportcycle.sso.client-id", () -> TestIdentityService.CLIENT_ID);
        properties.add("reportcycle.sso.client-secret", () -> TestIdentityService.CLIENT_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    UserDetailsService users;

    @Autowired
    CurrentUserService currentUsers;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contextStrategies;

    private final TestIdentityService identity = TestIdentityService.get();
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeEach
    void letTheProviderSendPeopleBackHere() {
        identity.allowRedirectTo("http://localhost:" + port + "/login/oauth2/code/sso");
    }

    @Test
    void a_known_person_is_signed_in_with_the_roles_a_form_login_gives_and_audited() throws Exception {
        TestUnit unit = data.unit("统一认证街道");
        identity.addPerson(unit.drafter());

        HttpResponse<String> landed = signInThroughIdentityService(unit.drafter());

        assertThat(landed.uri().toString())
                .as("landed (last refusal: %s)", lastRefusal())
                .isEqualTo("http://localhost:" + port + "/");
        assertThat(landed.statusCode()).isEqualTo(200);
        Authentication signedIn = sessionAuthentication();
        assertThat(signedIn).isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(signedIn.getName()).isEqualTo(unit.drafter());
        assertThat(authorityNames(signedIn))
                .containsExactlyInAnyOrderElementsOf(
                        authorityNames(users.loadUserByUsername(unit.drafter()).getAuthorities()));
        CurrentUser current = as(signedIn);
        assertThat(current.username()).isEqualTo(unit.drafter());
        assertThat(current.displayName()).isEqualTo(unit.drafterName());
        assertThat(current.hasRole(unit.id(), Role.DRAFTER)).isTrue();
        assertThat(current.administrator()).isFalse();
        assertThat(auditDetails(unit.drafter(), "auth.login"))
                .singleElement()
                .asString()
                .contains("SSO " + identity.issuer());
    }

    @Test
    void an_administrator_signed_in_by_sso_is_an_administrator() throws Exception {
        String admin = data.admin();
        identity.addPerson(admin);

        HttpResponse<String> landed = signInThroughIdentityService(admin);

        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(authorityNames(sessionAuthentication())).containsExactlyInAnyOrder("ROLE_USER", "ROLE_ADMIN");
    }

    @Test
    void a_person_nobody_here_has_is_refused_with_a_message_and_audited_and_nobody_is_created() throws Exception {
        String stranger = "stranger-" + System.nanoTime();
        identity.addPerson(stranger);

        HttpResponse<String> landed = signInThroughIdentityService(stranger);

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery()).isEqualTo("/login?sso=unknown");
        assertThat(sessionAuthentication()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_user WHERE username = ?", Integer.class, stranger))
                .isZero();
        assertThat(auditDetails(stranger, "auth.loginFailed"))
                .singleElement()
                .asString()
                .contains("SSO " + identity.issuer())
                .contains("sso_unknown");
        assertThat(auditDetails(stranger, "auth.login")).isEmpty();
    }

    @Test
    void a_disabled_user_is_refused_and_audited() throws Exception {
        TestUnit unit = data.unit("停用账号街道");
        jdbc.update("UPDATE rc_user SET active = FALSE WHERE username = ?", unit.legal());
        identity.addPerson(unit.legal());

        HttpResponse<String> landed = signInThroughIdentityService(unit.legal());

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery()).isEqualTo("/login?sso=disabled");
        assertThat(sessionAuthentication()).isNull();
        assertThat(auditDetails(unit.legal(), "auth.loginFailed"))
                .singleElement()
                .asString()
                .contains("sso_disabled");
        assertThat(auditDetails(unit.legal(), "auth.login")).isEmpty();
    }

    @Test
    void a_wrong_password_at_the_identity_service_signs_nobody_in_here() throws Exception {
        TestUnit unit = data.unit("密码错误街道");
        identity.addPerson(unit.drafter());

        HttpResponse<String> form = get("http://localhost:" + port + "/oauth2/authorization/sso");
        HttpResponse<String> again = post(identity.issuer() + "/login", unit.drafter(), "wrong", csrf(form.body()));

        assertThat(again.uri().toString()).startsWith(identity.issuer() + "/login");
        assertThat(sessionAuthentication()).isNull();
        assertThat(auditDetails(unit.drafter(), "auth.login")).isEmpty();
    }

    /** Starts at the application's single sign-on address, signs in on the provider's form, follows every redirect. */
    private HttpResponse<String> signInThroughIdentityService(String name) throws IOException, InterruptedException {
        HttpResponse<String> form = get("http://localhost:" + port + "/oauth2/authorization/sso");
        assertThat(form.uri().toString()).isEqualTo(identity.issuer() + "/login");
        return post(identity.issuer() + "/login", name, TestIdentityService.PASSWORD, csrf(form.body()));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String name, String password, String csrf)
            throws IOException, InterruptedException {
        String form = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find())
                .as("the provider's sign-in form carries a CSRF token")
                .isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Who the application's session (the cookie this client holds for it) is signed in as; null when nobody. */
    private Authentication sessionAuthentication() throws IOException {
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        for (HttpCookie cookie : cookies.getCookieStore().get(URI.create("http://localhost:" + port + "/"))) {
            if ("JSESSIONID".equals(cookie.getName())) {
                Session session = context.getManager().findSession(cookie.getValue());
                if (session != null
                        && session.getSession()
                                        .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                instanceof SecurityContext security) {
                    return security.getAuthentication();
                }
            }
        }
        return null;
    }

    private CurrentUser as(Authentication authentication) {
        // the strategy the application reads the caller from (CurrentUserService does the same)
        SecurityContextHolderStrategy contexts =
                contextStrategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            return currentUsers.require();
        } finally {
            contexts.setContext(previous);
        }
    }

    private String lastRefusal() {
        return jdbc
                .queryForList(
                        "SELECT actor || ' ' || details FROM rc_audit WHERE action = 'auth.loginFailed' ORDER BY seq DESC",
                        String.class)
                .stream()
                .findFirst()
                .orElse("none");
    }

    private List<String> auditDetails(String actor, String action) {
        return jdbc.queryForList(
                "SELECT details FROM rc_audit WHERE actor = ? AND action = ? ORDER BY seq",
                String.class,
                actor,
                action);
    }

    private static List<String> authorityNames(Authentication authentication) {
        return authorityNames(authentication.getAuthorities());
    }

    private static List<String> authorityNames(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
