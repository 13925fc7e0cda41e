package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in: lock-out after 10 failed attempts in a row for HTTP Basic and the form login alike, with a
 * clear message, audited, lifted by an administrator; session timeout, a new session id at sign-in, no
 * session cookie from the API, CSRF on the cookie-based application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthenticationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebServerApplicationContext server;

    @LocalServerPort
    int port;

    @Test
    void ten_wrong_passwords_over_http_basic_lock_the_name_even_for_the_right_password() throws Exception {
        TestUnit unit = data.unit("锁定街道");
        for (int i = 1; i <= 9; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "wrong" + i)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").value("auth.failed"));
        }
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk());
        // a success starts the count again: nine more failures do not lock
        for (int i = 1; i <= 9; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk());

        for (int i = 1; i <= 10; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.error").value("auth.locked"))
                .andExpect(jsonPath("$.message").value(containsString("连续 10 次登录失败")))
                .andExpect(jsonPath("$.message").value(containsString("15 分钟")));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.message").value(containsString("After 10 failed sign-ins in a row")));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'auth.locked'",
                        Integer.class,
                        unit.drafter()))
                .isEqualTo(1);
        // issue 19: failures are aggregated, one record per name, address and minute (not 28 + 2)
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'auth.loginFailed'",
                        Integer.class,
                        unit.drafter()))
                .isBetween(1, 2);
    }

    @Test
    void failures_on_the_form_and_over_http_basic_count_together_and_the_form_says_the_name_is_locked()
            throws Exception {
        TestUnit unit = data.unit("表单街道");
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin("/login").user(unit.legal()).password("nope"))
                    .andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.legal(), "nope")))
                    .andExpect(status().isUnauthorized());
        }
        MvcResult locked = mvc.perform(formLogin("/login").user(unit.legal()).password("demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(locked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginLockedException.class);
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.legal(), "demo")))
                .andExpect(jsonPath("$.error").value("auth.locked"));
    }

    @Test
    void an_administrator_lists_and_lifts_a_lock_and_that_is_audited_and_a_lock_runs_out() throws Exception {
        TestUnit unit = data.unit("解锁街道");
        String admin = data.admin();
        for (int i = 1; i <= 10; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "x")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/security/locks").with(httpBasic(admin, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['" + unit.secretary() + "']").exists());
        mvc.perform(post("/api/v1/security/locks/" + unit.secretary() + "/unlock")
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/security/locks/" + unit.secretary() + "/unlock")
                        .with(httpBasic(admin, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wasLocked").value(true));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "demo")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "SELECT details FROM rc_audit WHERE action = 'auth.unlocked' AND actor = ?",
                        String.class,
                        admin))
                .anyMatch(d -> d.contains(unit.secretary()));

        for (int i = 1; i <= 10; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "x")));
        }
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "demo")))
                .andExpect(status().isUnauthorized());
        jdbc.update(
                "UPDATE rc_login_lock SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                unit.secretary());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void signing_in_gives_a_new_session_id() throws Exception {
        TestUnit unit = data.unit("会话街道");
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        MvcResult signedIn = mvc.perform(post("/login")
                        .param("username", unit.drafter())
                        .param("password", "demo")
                        .with(csrf())
                        .session(before))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(oldId);
    }

    @Test
    void sessions_time_out_after_thirty_idle_minutes() {
        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(30);
        assertThat(context.getUseHttpOnly()).isTrue();
    }

    @Test
    void the_api_sets_no_session_cookie_and_a_cookie_based_post_without_a_csrf_token_is_refused() throws Exception {
        TestUnit unit = data.unit("无状态街道");
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((unit.drafter() + ":demo").getBytes());
        HttpResponse<String> api = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tasks"))
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().allValues("Set-Cookie"))
                .allMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax"));

        MvcResult signedIn = mvc.perform(post("/login")
                        .param("username", unit.drafter())
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(session.isInvalid()).isTrue();
    }
}
