package org.reportcycle.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens end to end over the real filter chain: issued once and stored as a hash, they authenticate
 * without a password; revoked, expired, unknown and out-of-scope tokens are refused (401/403) and audited;
 * a unit-limited token sees only its units; the token never reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    TestUnit other;
    Long reportId;
    Long otherReport;

    @BeforeEach
    void reports() {
        unit = data.unit("令牌街道");
        other = data.unit("令牌隔壁街道");
        reportId = data.openReport(2025, unit);
        otherReport = data.openReport(2025, other);
    }

    JsonNode issue(String path, String user, String body) throws Exception {
        String answer = mvc.perform(post(path)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer);
    }

    String body(String name, String scopes, String units) {
        return "{\"name\":\"" + name + "\",\"scopes\":[" + scopes + "],\"unitIds\":[" + units + "],\"expiresOn\":\""
                + LocalDate.now().plusDays(30) + "\"}";
    }

    @Test
    void a_personal_token_works_without_a_password_and_is_stored_only_as_its_hash(CapturedOutput output)
            throws Exception {
        JsonNode issued = issue("/api/v1/tokens", unit.drafter(), body("脚本", "\"read:reports\",\"write:steps\"", ""));
        String token = issued.get("token").asText();
        assertThat(token).startsWith("rct_").hasSizeGreaterThan(40);
        assertThat(issued.get("info").get("prefix").asText()).isEqualTo(token.substring(0, 8));

        mvc.perform(get("/api/v1/reports/" + reportId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/" + reportId + "/submit")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"提交\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("LEGAL_REVIEW"));
        // the drafter's rights still decide: another unit's report stays hidden
        mvc.perform(get("/api/v1/reports/" + otherReport).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        Long id = issued.get("info").get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT token_hash FROM rc_api_token WHERE id = ?", String.class, id))
                .hasSize(64)
                .doesNotContain(token);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_api_token WHERE id = ? AND last_used_at IS NOT NULL",
                        Integer.class,
                        id))
                .isOne();
        assertThat(audited("token.issued", unit.drafter())).isOne();
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(8));
    }

    @Test
    void revoked_expired_and_unknown_tokens_get_401_with_a_challenge_and_are_audited() throws Exception {
        String token = issue("/api/v1/tokens", unit.legal(), body("r", "\"read:reports\"", ""))
                .get("token")
                .asText();
        JsonNode second = issue("/api/v1/tokens", unit.legal(), body("e", "\"read:reports\"", ""));
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        Long id = jdbc.queryForObject(
                "SELECT id FROM rc_api_token WHERE owner_username = ? AND name = 'r'", Long.class, unit.legal());
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").isNotEmpty());
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues("WWW-Authenticate", hasItem(startsWith("Bearer"))))
                .andExpect(jsonPath("$.error").value("auth.tokenRefused"));
        assertThat(audited("token.revoked", unit.legal())).isOne();
        assertThat(refusals(unit.legal(), "revoked")).isOne();

        jdbc.update(
                "UPDATE rc_api_token SET expires_at = ? WHERE id = ?",
                Timestamp.valueOf("2020-01-01 00:00:00"),
                second.get("info").get("id").asLong());
        mvc.perform(get("/api/v1/tasks")
                        .header("Authorization", "Bearer " + second.get("token").asText()))
                .andExpect(status().isUnauthorized());
        assertThat(refusals(unit.legal(), "expired")).isOne();

        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer rct_doesnotexist0000000000000000"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE action = 'token.refused' AND actor = 'token:rct_does'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void out_of_scope_calls_get_403_and_are_audited() throws Exception {
        String reader = issue("/api/v1/tokens", unit.drafter(), body("只读", "\"read:reports\"", ""))
                .get("token")
                .asText();
        mvc.perform(post("/api/v1/reports/" + reportId + "/submit")
                        .header("Authorization", "Bearer " + reader)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"提交\"}"))
                .andExpect(status().isForbidden());
        String publicOnly = issue("/api/v1/tokens", unit.drafter(), body("公开", "\"read:public\"", ""))
                .get("token")
                .asText();
        mvc.perform(get("/api/v1/public/reports").header("Authorization", "Bearer " + publicOnly))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + publicOnly))
                .andExpect(status().isForbidden());
        // a token cannot make tokens
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + reader)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", "\"read:reports\"", "")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE action = 'access.refused' AND actor = ? "
                                + "AND details LIKE '%scope%'",
                        Integer.class, unit.drafter()))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, reportId))
                .isEqualTo("DRAFT");
    }

    @Test
    void a_system_token_limited_to_a_unit_reads_that_unit_only_and_people_cannot_issue_system_tokens()
            throws Exception {
        String admin = data.admin();
        String token = issue("/api/v1/admin/tokens", admin, body("市平台", "\"read:reports\"", String.valueOf(unit.id())))
                .get("token")
                .asText();
        mvc.perform(get("/api/v1/reports/" + reportId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/" + otherReport).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        // narrowed to a unit, the administrator's token holds no administrator's rights
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/admin/tokens")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", "\"read:reports\"", "")))
                .andExpect(status().isForbidden());
        // nor a personal token beyond one's own units
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("x", "\"read:reports\"", String.valueOf(other.id()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"scopes\":[\"read:everything\"],\"expiresOn\":\""
                                + LocalDate.now().plusDays(3) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("error.token.scope"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_api_token WHERE owner_username = ?", Integer.class, unit.drafter()))
                .isZero();
    }

    @Test
    void machines_get_401_with_a_challenge_never_a_redirect() throws Exception {
        for (String path :
                new String[] {"/actuator/prometheus", "/actuator/metrics", "/api/v1/tasks", "/api/v1/nothing"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(header().exists("WWW-Authenticate"));
            mvc.perform(get(path).header("Authorization", "Bearer rct_wrong000000000000"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().exists("WWW-Authenticate"));
        }
        mvc.perform(get("/actuator/prometheus").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isForbidden());
        String admin = data.admin();
        String metrics = issue("/api/v1/tokens", admin, body("prometheus", "\"read:metrics\"", ""))
                .get("token")
                .asText();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + metrics))
                .andExpect(status().isOk());
        String reader = issue("/api/v1/tokens", admin, body("reader", "\"read:reports\"", ""))
                .get("token")
                .asText();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + reader))
                .andExpect(status().isForbidden());
    }

    private int audited(String action, String actor) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = ? AND actor = ?", Integer.class, action, actor);
    }

    private int refusals(String actor, String reason) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = 'token.refused' AND actor = ? AND details LIKE ?",
                Integer.class,
                actor,
                "%" + reason + "%");
    }
}
