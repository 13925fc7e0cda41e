package org.reportcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail records what happened, including refusals, and detects tampering. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditTrailTests {

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    AuditQueries audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void a_save_leaves_one_record_with_the_version_and_the_parts() {
        TestUnit unit = data.unit("审计街道");
        Long id = data.openReport(2025, unit);
        as(unit.drafter(), () -> reports.save(id, Map.of(Part.MEASURES, new PartEdit("文本", 0L)), "保存"));

        List<AuditRecord> records = as(unit.drafter(), () -> audit.forReport(unit.id(), id));
        AuditRecord last = records.get(records.size() - 1);
        assertThat(last.action()).isEqualTo("report.saved");
        assertThat(last.actor()).isEqualTo(unit.drafter());
        assertThat(last.unitId()).isEqualTo(unit.id());
        assertThat(last.details()).contains("\"version\":2").contains("\"parts\":[\"1\"]");
    }

    @Test
    void a_refused_change_is_recorded_and_does_not_happen() {
        TestUnit unit = data.unit("被保护街道");
        TestUnit intruder = data.unit("越权街道");
        Long id = data.openReport(2025, unit);
        assertThatThrownBy(() -> as(
                        intruder.drafter(),
                        () -> reports.save(id, Map.of(Part.MEASURES, new PartEdit("篡改", null)), null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject(
                        "SELECT content FROM rc_report_part WHERE report_id = ? AND part = '1'", String.class, id))
                .doesNotContain("篡改");
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE report_id = ? AND actor = ?",
                        String.class,
                        id,
                        intruder.drafter()))
                .containsExactly("access.refused");
    }

    @Test
    void a_failed_login_is_recorded_under_the_name_used() throws Exception {
        TestUnit unit = data.unit("登录街道");
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "wrong")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForList("SELECT action FROM rc_audit WHERE actor = ?", String.class, unit.drafter()))
                .containsExactly("auth.loginFailed");
    }

    @Test
    void the_chain_verifies_and_reports_the_first_changed_or_deleted_record() throws Exception {
        TestUnit unit = data.unit("链条街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "一"));
        data.write(unit, id, Map.of(Part.MEASURES, "二"));
        String admin = data.admin();
        assertThat(as(admin, () -> audit.verify()).ok()).isTrue();

        Map<String, Object> victim = jdbc.queryForMap(
                "SELECT * FROM rc_audit WHERE report_id = ? AND action = 'report.saved' ORDER BY seq LIMIT 1", id);
        long seq = ((Number) victim.get("seq")).longValue();
        jdbc.update("UPDATE rc_audit SET details = ? WHERE seq = ?", "{\"version\":99}", seq);
        try {
            AuditQueries.Verification changed = as(admin, () -> audit.verify());
            assertThat(changed.ok()).isFalse();
            assertThat(changed.firstBroken()).isEqualTo(seq);
        } finally {
            jdbc.update("UPDATE rc_audit SET details = ? WHERE seq = ?", victim.get("details"), seq);
        }

        jdbc.update("DELETE FROM rc_audit WHERE seq = ?", seq);
        try {
            mvc.perform(get("/api/v1/audit/verify").with(httpBasic(admin, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ok").value(false))
                    .andExpect(jsonPath("$.firstBroken").value(seq));
        } finally {
            jdbc.update(
                    "INSERT INTO rc_audit (seq, at, actor, on_behalf_of, unit_id, report_id, action, details, "
                            + "client_addr, prev_hash, hash, chain_key, chain_seq, prev_seq) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    victim.get("seq"),
                    victim.get("at"),
                    victim.get("actor"),
                    victim.get("on_behalf_of"),
                    victim.get("unit_id"),
                    victim.get("report_id"),
                    victim.get("action"),
                    victim.get("details"),
                    victim.get("client_addr"),
                    victim.get("prev_hash"),
                    victim.get("hash"),
                    victim.get("chain_key"),
                    victim.get("chain_seq"),
                    victim.get("prev_seq"));
        }
        assertThat(as(admin, () -> audit.verify()).ok()).isTrue();
    }

    @Test
    void only_administrators_verify_the_chain() throws Exception {
        TestUnit unit = data.unit("普通街道");
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isForbidden());
    }
}
