package org.reportcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The trail's chains per unit group (see the package's design note): each unit's records go to its chain in
 * order, and verification still finds a record cut off a chain together with its head, through the anchors.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainsTests {

    @Autowired
    TestData data;

    @Autowired
    AuditService writer;

    @Autowired
    AuditQueries audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_units_records_follow_each_other_in_its_chain_and_another_unit_has_its_own() {
        TestUnit unit = data.unit("链甲街道");
        long first = writer.append("tester", "test.one", unit.id(), null, Map.of("n", 1));
        long second = writer.append("tester", "test.two", unit.id(), null, Map.of("n", 2));
        long other = writer.append("tester", "test.other", unit.id() + 1, null, Map.of("n", 3));

        Map<String, Object> a = row(first);
        Map<String, Object> b = row(second);
        assertThat(a.get("chain_key")).isEqualTo(AuditService.chainOf(unit.id()));
        assertThat(b.get("chain_key")).isEqualTo(a.get("chain_key"));
        assertThat(((Number) b.get("chain_seq")).longValue()).isEqualTo(((Number) a.get("chain_seq")).longValue() + 1);
        assertThat(((Number) b.get("prev_seq")).longValue()).isEqualTo(first);
        assertThat(b.get("prev_hash")).isEqualTo(a.get("hash"));
        assertThat(row(other).get("chain_key")).isNotEqualTo(a.get("chain_key"));
        assertThat(as(data.admin(), () -> audit.verify()).ok()).isTrue();
    }

    @Test
    void a_last_record_cut_off_with_its_head_is_found_through_the_anchor() {
        TestUnit unit = data.unit("链乙街道");
        writer.append("tester", "test.kept", unit.id(), null, Map.of());
        long last = writer.append("tester", "test.cut", unit.id(), null, Map.of());
        String chain = AuditService.chainOf(unit.id());
        Long anchor = writer.anchor();
        assertThat(anchor).isNotNull();
        assertThat((String) row(anchor).get("details")).contains("\"" + chain + "\"");
        String admin = data.admin();
        assertThat(as(admin, () -> audit.verify()).ok()).isTrue();

        Map<String, Object> victim = row(last);
        Map<String, Object> head = jdbc.queryForMap("SELECT * FROM rc_audit_chain WHERE chain_key = ?", chain);
        // cut the record and move the head back onto its predecessor: the chain alone looks whole
        jdbc.update("DELETE FROM rc_audit WHERE seq = ?", last);
        jdbc.update(
                "UPDATE rc_audit_chain SET last_chain_seq = ?, last_seq = ?, last_hash = ? WHERE chain_key = ?",
                ((Number) victim.get("chain_seq")).longValue() - 1,
                victim.get("prev_seq"),
                victim.get("prev_hash"),
                chain);
        try {
            AuditQueries.Verification cut = as(admin, () -> audit.verify());
            assertThat(cut.ok()).isFalse();
            assertThat(cut.firstBroken()).isEqualTo(last);
        } finally {
            List<String> columns = List.copyOf(victim.keySet());
            jdbc.update(
                    "INSERT INTO rc_audit (" + String.join(", ", columns) + ") VALUES ("
                            + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                    columns.stream().map(victim::get).toArray());
            jdbc.update(
                    "UPDATE rc_audit_chain SET last_chain_seq = ?, last_seq = ?, last_hash = ? WHERE chain_key = ?",
                    head.get("last_chain_seq"),
                    head.get("last_seq"),
                    head.get("last_hash"),
                    chain);
        }
        assertThat(as(admin, () -> audit.verify()).ok()).isTrue();
    }

    private Map<String, Object> row(long seq) {
        return jdbc.queryForMap("SELECT * FROM rc_audit WHERE seq = ?", seq);
    }
}
