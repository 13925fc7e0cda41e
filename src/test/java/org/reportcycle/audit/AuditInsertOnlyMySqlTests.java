package org.reportcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's triggers (db/mysql/audit-insert-only.sql) make rc_audit insert-only on MySQL/MariaDB: on a
 * database of its own, with the application's rc_audit tables, an UPDATE and a DELETE are refused while
 * the application's appends go on and the chain still verifies.
 */
@Tag("mysql")
@DisabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+", disabledReason = "MySQL's triggers")
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
class AuditInsertOnlyMySqlTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    CurrentUserService currentUsers;

    @Autowired
    AccessGuard guard;

    @Autowired
    Clock clock;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void the_triggers_refuse_updates_and_deletes_of_audit_rows_but_not_appends() throws IOException {
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        String guarded = "rc_insert_only_" + System.currentTimeMillis();
        jdbc.execute("CREATE DATABASE " + guarded + " CHARACTER SET utf8mb4");
        try {
            // the application's tables as Flyway made them, empty, with the chain's genesis head
            jdbc.execute("CREATE TABLE " + guarded + ".rc_audit LIKE " + schema + ".rc_audit");
            jdbc.execute("CREATE TABLE " + guarded + ".rc_audit_head LIKE " + schema + ".rc_audit_head");
            jdbc.update(
                    "INSERT INTO " + guarded + ".rc_audit_head (id, last_seq, last_hash) VALUES (1, 0, ?)",
                    AuditService.GENESIS);
            jdbc.execute("CREATE TABLE " + guarded + ".rc_audit_chain LIKE " + schema + ".rc_audit_chain");
            jdbc.execute("INSERT INTO " + guarded + ".rc_audit_chain (chain_key, last_chain_seq, last_seq, last_hash) "
                    + "SELECT chain_key, 0, 0, '" + AuditService.GENESIS + "' FROM " + schema + ".rc_audit_chain");
            JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(
                    url.replaceFirst("(jdbc:(?:mysql|mariadb)://[^/]+/)[^?]*", "$1" + guarded), user, password));
            for (String statement :
                    statements(Files.readString(Path.of("db/mysql/audit-insert-only.sql"), StandardCharsets.UTF_8))) {
                db.execute(statement);
            }

            AuditService audit = new AuditService(db, currentUsers, clock);
            long first = audit.append("alice", "report.saved", 1L, 2L, Map.of("version", 2));
            long second = audit.append("bob", "review.passed", 1L, 2L, Map.of("opinion", "同意"));
            assertThat(second).isGreaterThan(first);

            assertThatThrownBy(() ->
                            db.update("UPDATE rc_audit SET details = '{\"opinion\":\"不同意\"}' WHERE seq = ?", second))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("UPDATE refused");
            assertThatThrownBy(() -> db.update("DELETE FROM rc_audit WHERE seq = ?", first))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("DELETE refused");
            assertThatThrownBy(() -> db.update("DELETE FROM rc_audit"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("DELETE refused");

            // nothing changed, appends still work and the chain verifies
            assertThat(db.queryForObject("SELECT details FROM rc_audit WHERE seq = ?", String.class, second))
                    .isEqualTo("{\"opinion\":\"同意\"}");
            assertThat(audit.append("carol", "report.published", 1L, 2L, Map.of()))
                    .isGreaterThan(second);
            AuditQueries.Verification v = TestData.as(data.admin(), () -> new AuditQueries(db, guard).verify());
            assertThat(v).isEqualTo(new AuditQueries.Verification(true, 3, null));
        } finally {
            jdbc.execute("DROP DATABASE " + guarded);
        }
    }

    /** The script's statements: comments dropped, split at the semicolons that end a line. */
    private static String[] statements(String script) {
        String code = script.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";\\s*\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
