package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.ApiClient;
import org.reportcycle.testdata.AppProcess;
import org.reportcycle.testdata.MySqlDatabases;
import org.reportcycle.testdata.PostgresSwitch;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backup and restore as the README describes them: {@code mysqldump --single-transaction} of a database
 * with reports at several steps, restored with {@code mysql} into a fresh database; the packaged
 * application starts against the copy, serves the same reports, and the audit chain verifies there.
 */
@Tag("mysql")
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
class BackupRestoreMySqlTests {

    static String source;
    static String copy;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        source = MySqlDatabases.create("bksrc");
        copy = MySqlDatabases.create("bkdst");
        registry.add("spring.datasource.url", () -> source);
        registry.add("spring.datasource.username", MySqlDatabases::user);
        registry.add("spring.datasource.password", MySqlDatabases::password);
    }

    @AfterAll
    static void dropDatabases() {
        MySqlDatabases.drop(source);
        MySqlDatabases.drop(copy);
    }

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditQueries audit;

    @Test
    void a_dump_restored_into_a_fresh_database_runs_with_the_same_reports_and_an_intact_audit_chain() throws Exception {
        String admin = data.admin();
        TestUnit published = data.unit("备份街道");
        Long publishedId = data.openReport(2030, published);
        data.write(published, publishedId, Map.of(Part.OTHER, "备份前的文字<script>alert(1)</script>"));
        data.publish(published, publishedId);
        TestUnit drafting = data.unit("恢复街道");
        Long draftId = data.openReport(2030, drafting);
        data.write(drafting, draftId, Map.of(Part.SHORTCOMINGS, "草稿中的文字"));
        assertThat(TestData.as(admin, () -> audit.verify()).ok()).isTrue();
        long auditRecords = jdbc.queryForObject("SELECT COUNT(*) FROM rc_audit", Long.class);

        Path dump = Files.createDirectories(Paths.get("target", "backup")).resolve("reportcycle.sql");
        if (PostgresSwitch.active()) {
            // PostgreSQL, as the README shows: pg_dump (a consistent snapshot by itself), restored with psql
            runPostgres(dump, null, "pg_dump", "--no-owner", MySqlDatabases.name(source));
            assertThat(Files.size(dump)).isPositive();
            runPostgres(null, dump, "psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", MySqlDatabases.name(copy));
        } else {
            run(
                    dump,
                    null,
                    "mysqldump",
                    "--single-transaction",
                    "--routines",
                    "--triggers",
                    "--hex-blob",
                    MySqlDatabases.name(source));
            assertThat(Files.size(dump)).isPositive();
            run(null, dump, "mysql", MySqlDatabases.name(copy));
        }

        try (AppProcess app = AppProcess.start("restored", props(), Map.of(), Duration.ofMinutes(4))) {
            ApiClient client = new ApiClient(app.baseUrl(), Duration.ofSeconds(60));
            HttpResponse<String> verify = client.get("/api/v1/audit/verify", admin);
            assertThat(verify.statusCode()).isEqualTo(200);
            assertThat(verify.body()).contains("\"ok\":true").contains("\"checked\":" + auditRecords);
            HttpResponse<String> draft = client.get("/api/v1/reports/" + draftId, drafting.drafter());
            assertThat(draft.statusCode()).isEqualTo(200);
            assertThat(draft.body()).contains("草稿中的文字").contains("\"step\":\"DRAFT\"");
            HttpResponse<String> pub = client.get("/api/v1/public/reports/" + publishedId, null);
            assertThat(pub.statusCode()).isEqualTo(200);
            assertThat(pub.body()).contains("备份前的文字<script>alert(1)</script>");
            HttpResponse<String> tasks = client.get("/api/v1/tasks", drafting.drafter());
            assertThat(tasks.body()).contains("\"reportId\":" + draftId);
        }
        System.out.printf(
                "BACKUP/RESTORE: %d audit records and 2 reports restored from a %d-byte dump; chain verifies%n",
                auditRecords, Files.size(dump));
    }

    private Map<String, String> props() {
        Map<String, String> p =
                new LinkedHashMap<>(AppProcess.mysql(copy, MySqlDatabases.user(), MySqlDatabases.password()));
        p.put("reportcycle.demo.enabled", "false");
        return p;
    }

    /** Runs a PostgreSQL client tool against the suite's server, as the README shows. */
    private static void runPostgres(Path output, Path input, String tool, String... args) throws Exception {
        String[] hostPort = MySqlDatabases.hostPort(MySqlDatabases.baseUrl());
        List<String> command =
                new ArrayList<>(List.of(tool, "-h", hostPort[0], "-p", hostPort[1], "-U", MySqlDatabases.user(), "-w"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGPASSWORD", MySqlDatabases.password());
        builder.environment().put("PGCLIENTENCODING", "UTF8");
        exec(builder, output, input, tool);
    }

    /** Runs a MySQL client tool against the suite's server, as the README shows. */
    private static void run(Path output, Path input, String tool, String... args) throws Exception {
        String[] hostPort = MySqlDatabases.hostPort(MySqlDatabases.baseUrl());
        List<String> command = new ArrayList<>(List.of(
                tool,
                "--protocol=tcp",
                "-h",
                hostPort[0],
                "-P",
                hostPort[1],
                "-u",
                MySqlDatabases.user(),
                "--default-character-set=utf8mb4"));
        if (!MySqlDatabases.password().isEmpty()) {
            command.add("-p" + MySqlDatabases.password());
        }
        command.addAll(List.of(args));
        exec(new ProcessBuilder(command), output, input, tool);
    }

    private static void exec(ProcessBuilder builder, Path output, Path input, String tool) throws Exception {
        Path errors = Files.createTempFile("db-tool", ".err");
        builder.redirectError(errors.toFile());
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        int exit = builder.start().waitFor();
        assertThat(exit).as(tool + " failed: " + Files.readString(errors)).isZero();
    }
}
