package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The REST API with real HTTP Basic logins: the whole cycle, and unit isolation. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    TestUnit other;
    Long reportId;

    @BeforeEach
    void openReports() {
        unit = data.unit("接口街道");
        other = data.unit("隔壁街道");
        reportId = data.openReport(2025, unit);
        data.openReport(2025, other);
    }

    @Test
    void a_report_goes_through_the_whole_cycle_over_the_api_and_is_then_public() throws Exception {
        call(
                        put("/api/v1/reports/" + reportId + "/parts"),
                        unit.drafter(),
                        "{\"parts\":{\"1\":{\"text\":\"一、主要举措和成效\\n全年开展普法活动12场。\",\"baseRowVersion\":0}},\"note\":\"初稿\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[0].text").value("一、主要举措和成效\n全年开展普法活动12场。"));
        step("/submit", unit.drafter(), "{\"text\":\"初稿完成\"}", "LEGAL_REVIEW");
        step("/review/pass", unit.legal(), "{\"text\":\"同意\"}", "LEADER_SIGNOFF");
        step(
                "/signoff/approve",
                unit.leader(1),
                "{\"opinion\":\"同意\",\"confidentialityAttested\":false}",
                "LEADER_SIGNOFF");
        step("/signoff/approve", unit.leader(2), "{\"opinion\":\"同意\",\"confidentialityAttested\":true}", "COMMITTEE");
        step(
                "/committee/meeting",
                unit.secretary(),
                "{\"body\":\"党工委会议\",\"heldOn\":\"2026-02-18\","
                        + "\"sessionNo\":\"第2次\",\"attendance\":\"9/9\",\"outcome\":\"APPROVED\"}",
                "REPORT_UP");
        step("/report-up", unit.drafter(), "{\"text\":\"报送\"}", "OFFICE_REVIEW");
        step("/office/accept", data.admin(), "{}", "PUBLISH");
        step("/publish", unit.drafter(), "{}", "PUBLISHED");

        mvc.perform(get("/api/v1/public/reports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(reportId.intValue())));
        mvc.perform(get("/api/v1/public/reports/" + reportId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("接口街道"))
                .andExpect(jsonPath("$.parts[0].text").value("一、主要举措和成效\n全年开展普法活动12场。"));
        call(get("/api/v1/reports/" + reportId + "/audit"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItem("report.published")));
    }

    @Test
    void each_role_sees_its_open_tasks() throws Exception {
        call(get("/api/v1/tasks"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reportId", hasItem(reportId.intValue())));
        call(get("/api/v1/tasks"), unit.legal(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_drafter_cannot_read_or_change_another_units_report() throws Exception {
        call(get("/api/v1/reports/" + reportId), other.drafter(), null).andExpect(status().isForbidden());
        call(get("/api/v1/reports/" + reportId + "/audit"), other.drafter(), null)
                .andExpect(status().isForbidden());
        call(
                        put("/api/v1/reports/" + reportId + "/parts"),
                        other.drafter(),
                        "{\"parts\":{\"1\":{\"text\":\"篡改\",\"baseRowVersion\":0}}}")
                .andExpect(status().isForbidden());
        call(post("/api/v1/reports/" + reportId + "/submit"), other.drafter(), "{}")
                .andExpect(status().isForbidden());

        call(get("/api/v1/reports"), other.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem(reportId.intValue()))));
        assertThat(jdbc.queryForObject(
                        "SELECT content FROM rc_report_part WHERE report_id = ? AND part = '1'",
                        String.class,
                        reportId))
                .doesNotContain("篡改");
        assertThat(jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, reportId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = 'access.refused'"
                                + " AND actor = ?",
                        Integer.class,
                        reportId,
                        other.drafter()))
                .isEqualTo(4);
    }

    @Test
    void an_unpublished_report_is_not_public() throws Exception {
        mvc.perform(get("/api/v1/public/reports/" + reportId)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/reports"))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem(reportId.intValue()))));
    }

    @Test
    void the_api_needs_a_login_and_a_right_password() throws Exception {
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_stale_edit_is_refused_with_a_clear_message_and_nothing_is_lost() throws Exception {
        String first = "{\"parts\":{\"2\":{\"text\":\"甲的修改\",\"baseRowVersion\":0}}}";
        String second = "{\"parts\":{\"2\":{\"text\":\"乙的修改\",\"baseRowVersion\":0}}}";
        call(put("/api/v1/reports/" + reportId + "/parts"), unit.drafter(), first)
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/reports/" + reportId + "/parts")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(second))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message")
                        .value(org.hamcrest.Matchers.containsString("Someone else changed part 2")));
        call(get("/api/v1/reports/" + reportId), unit.drafter(), null)
                .andExpect(jsonPath("$.parts[?(@.part == '2')].text").value(hasItem("甲的修改")));
    }

    @Test
    void a_refusal_comes_in_chinese_when_the_client_names_no_language() throws Exception {
        // MockMvc's request locale is English unless told otherwise: the answer must not follow it
        String stale = "{\"parts\":{\"5\":{\"text\":\"过期的修改\",\"baseRowVersion\":-1}}}";
        call(put("/api/v1/reports/" + reportId + "/parts"), unit.drafter(), stale)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("您的修改未保存")));
    }

    @Test
    void the_openapi_description_lists_the_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/reports']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists());
    }

    private void step(String path, String user, String body, String expectedStep) throws Exception {
        call(post("/api/v1/reports/" + reportId + path), user, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value(expectedStep));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
