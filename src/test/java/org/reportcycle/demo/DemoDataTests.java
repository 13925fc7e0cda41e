package org.reportcycle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What a first-time user of the embedded default finds: the demo logins, their work, the public reports. */
@SpringBootTest(
        properties = {
            "reportcycle.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:reportcycle-demo;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_open_cycle_is_the_year_now_being_written_with_one_deadline_overdue_and_drafts_due_soon() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int current = DemoData.reportYear(today);
        assertThat(jdbc.queryForObject("SELECT MAX(report_year) FROM rc_cycle", Integer.class))
                .isEqualTo(current);
        String ofCurrent = "SELECT d.due_date FROM rc_deadline d JOIN rc_cycle c ON c.id = d.cycle_id"
                + " WHERE c.report_year = ? AND d.unit_level = ? AND d.milestone = 'DRAFT'";
        assertThat(jdbc.queryForObject(ofCurrent, LocalDate.class, current, "TOWNSHIP"))
                .isBefore(today);
        assertThat(jdbc.queryForObject(ofCurrent, LocalDate.class, current, "STREET"))
                .isAfterOrEqualTo(today)
                .isBeforeOrEqualTo(today.plusDays(3));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_deadline d JOIN rc_cycle c ON c.id = d.cycle_id"
                                + " WHERE c.report_year = ? AND d.due_date < ?",
                        Integer.class,
                        current,
                        today))
                .isEqualTo(1);
    }

    @Test
    void published_reports_of_earlier_years_are_dated_when_they_would_have_been_published() {
        List<java.util.Map<String, Object>> published = jdbc.queryForList(
                "SELECT c.report_year, r.id, r.published_at FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id"
                        + " WHERE r.step = 'PUBLISHED'");
        assertThat(published).hasSizeGreaterThanOrEqualTo(2);
        for (java.util.Map<String, Object> row : published) {
            int year = ((Number) row.get("report_year")).intValue();
            java.time.Instant at = ((java.sql.Timestamp) row.get("published_at")).toInstant();
            java.time.Instant yearEnd = LocalDate.of(year + 1, 1, 1)
                    .atStartOfDay(ZoneOffset.ofHours(8))
                    .toInstant();
            java.time.Instant deadline = LocalDate.of(year + 1, 4, 1)
                    .atStartOfDay(ZoneOffset.ofHours(8))
                    .toInstant();
            assertThat(at).as("report of %d published", year).isAfter(yearEnd).isBefore(deadline);
            assertThat(jdbc.queryForObject(
                            "SELECT published_at FROM rc_search_doc WHERE report_id = ?",
                            java.sql.Timestamp.class,
                            row.get("id")))
                    .isEqualTo(row.get("published_at"));
        }
    }

    @Test
    void the_report_year_turns_in_april() {
        assertThat(DemoData.reportYear(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(DemoData.reportYear(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
    }

    @Test
    void at_least_two_fixture_reports_are_published() throws Exception {
        mvc.perform(get("/api/v1/public/reports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$[*].unit", hasItem("西营门街道")))
                .andExpect(jsonPath("$[*].unit", hasItem("长岭镇")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "changling-drafter",
                "xiyingmen-legal",
                "gulou-leader1",
                "dongxiao-secretary",
                "caotan-drafter",
                "admin"
            })
    void every_role_finds_work_in_its_inbox(String user) throws Exception {
        mvc.perform(get("/api/v1/tasks").with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(1)));
    }

    @Test
    void a_report_waits_at_every_step() {
        List<String> steps = jdbc.queryForList("SELECT DISTINCT step FROM rc_report", String.class);
        assertThat(steps)
                .contains(
                        "DRAFT",
                        "LEGAL_REVIEW",
                        "LEADER_SIGNOFF",
                        "COMMITTEE",
                        "OFFICE_REVIEW",
                        "PUBLISH",
                        "PUBLISHED");
    }

    @Test
    void the_fixture_reports_are_split_into_their_parts() {
        Integer parts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_report_part p JOIN rc_report r ON r.id = p.report_id"
                        + " JOIN rc_unit u ON u.id = r.unit_id WHERE u.code = 'gulou' AND p.part IN ('1','2','3','4')"
                        + " AND LENGTH(p.content) > 100",
                Integer.class);
        assertThat(parts).isEqualTo(4);
    }

    @Test
    void a_drafter_cannot_read_another_units_report() throws Exception {
        String list = mvc.perform(get("/api/v1/reports").with(httpBasic("caotan-drafter", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> own = JsonPath.read(list, "$[*].id");
        Integer gulouReport = jdbc.queryForObject(
                "SELECT r.id FROM rc_report r JOIN rc_unit u ON u.id = r.unit_id"
                        + " WHERE u.code = 'gulou' ORDER BY r.id LIMIT 1",
                Integer.class);
        assertThat(own).isNotEmpty().doesNotContain(gulouReport);
        mvc.perform(get("/api/v1/reports/" + gulouReport).with(httpBasic("caotan-drafter", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + gulouReport).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }
}
