package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.ApiClient;
import org.reportcycle.testdata.AppProcess;
import org.reportcycle.testdata.MySqlDatabases;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Crash consistency on MySQL: the packaged application runs as a child process on a database of its own
 * while threads complete steps over REST (submit, return, submit …); it is killed with {@code kill -9}
 * at random moments and restarted. After every crash each report's step matches the one open task of
 * its process instance, every completion the client was told about is in the audit trail (none lost,
 * none doubled), and the audit chain verifies. Kills: {@code -Dreportcycle.crash.kills} (3 in CI; the
 * full run uses 10).
 */
@Tag("mysql")
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
class CrashConsistencyMySqlTests {

    static final int KILLS = Integer.getInteger("reportcycle.crash.kills", 3);
    static final int REPORTS = Integer.getInteger("reportcycle.crash.reports", 6);
    static final Pattern STEP = Pattern.compile("\"step\":\"([A-Z_]+)\"");
    static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        url = MySqlDatabases.create("crash");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", MySqlDatabases::user);
        registry.add("spring.datasource.password", MySqlDatabases::password);
    }

    @AfterAll
    static void dropDatabase() {
        MySqlDatabases.drop(url);
    }

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditQueries audit;

    private static ApiClient api(AppProcess app) {
        return new ApiClient(app.baseUrl(), Duration.ofSeconds(30));
    }

    @Test
    void killing_the_application_mid_stream_loses_and_doubles_nothing() throws Exception {
        String admin = data.admin();
        Map<Long, TestUnit> reports = new LinkedHashMap<>();
        for (int i = 0; i < REPORTS; i++) {
            TestUnit unit = data.unit("崩溃街道" + i);
            reports.put(data.openReport(2036, unit), unit);
        }
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        Random random = new Random(7);
        int survived = 0;

        AppProcess app = AppProcess.start("crash", props(), Map.of(), Duration.ofMinutes(4));
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> drivers = new ArrayList<>();
                for (Map.Entry<Long, TestUnit> r : reports.entrySet()) {
                    AppProcess target = app;
                    Thread t = Thread.ofPlatform()
                            .start(() -> drive(target, r.getKey(), r.getValue(), stop, acknowledged, cutOff, errors));
                    drivers.add(t);
                }
                // let some completions through (a slow machine needs seconds per call), then kill mid-stream
                int before = acknowledged.get();
                long wait = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (acknowledged.get() <= before && System.nanoTime() < wait && errors.isEmpty()) {
                    Thread.sleep(100);
                }
                Thread.sleep(random.nextInt(1_500));
                app.kill9();
                stop.set(true);
                for (Thread t : drivers) {
                    t.join(30_000);
                }
                assertConsistent(reports.keySet(), acknowledged.get(), cutOff.get());
                survived++;
                app = AppProcess.start("crash", props(), Map.of(), Duration.ofMinutes(4));
            }
        } finally {
            app.stop();
        }
        assertConsistent(reports.keySet(), acknowledged.get(), cutOff.get());
        assertThat(TestData.as(admin, () -> audit.verify()).ok())
                .as("the audit chain verifies")
                .isTrue();
        System.out.printf(
                "CRASH CONSISTENCY: %d kill -9 survived, %d step completions acknowledged, %d cut off by "
                        + "a crash, %d errors%n",
                survived, acknowledged.get(), cutOff.get(), errors.size());
        assertThat(errors).isEmpty();
        assertThat(acknowledged.get())
                .as("steps were completed between crashes")
                .isPositive();
    }

    private Map<String, String> props() {
        Map<String, String> p =
                new LinkedHashMap<>(AppProcess.mysql(url, MySqlDatabases.user(), MySqlDatabases.password()));
        p.put("reportcycle.demo.enabled", "false");
        return p;
    }

    private void drive(
            AppProcess app,
            Long id,
            TestUnit unit,
            AtomicBoolean stop,
            AtomicInteger acknowledged,
            AtomicInteger cutOff,
            List<String> errors) {
        while (!stop.get()) {
            try {
                HttpResponse<String> view = api(app).send("GET", "/api/v1/reports/" + id, unit.drafter(), null);
                Matcher m = STEP.matcher(view.body());
                if (view.statusCode() != 200 || !m.find()) {
                    errors.add("view " + id + ": " + view.statusCode());
                    return;
                }
                HttpResponse<String> done = "DRAFT".equals(m.group(1))
                        ? api(app).send("POST", "/api/v1/reports/" + id + "/submit", unit.drafter(), "{}")
                        : api(app).send(
                                        "POST",
                                        "/api/v1/reports/" + id + "/review/return",
                                        unit.legal(),
                                        "{\"text\":\"请修改\"}");
                if (done.statusCode() == 200) {
                    acknowledged.incrementAndGet();
                } else {
                    errors.add("step on " + id + ": " + done.statusCode() + " " + done.body());
                    return;
                }
            } catch (java.io.IOException crashed) {
                cutOff.incrementAndGet(); // in flight when the process died: may or may not have committed
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Requests in flight when the process died may or may not have committed; acknowledged ones must have. */
    private void assertConsistent(Iterable<Long> ids, int acknowledged, int cutOff) {
        int recorded = 0;
        for (Long id : ids) {
            Map<String, Object> row =
                    jdbc.queryForMap("SELECT step, process_instance_id FROM rc_report WHERE id = ?", id);
            Step step = Step.valueOf((String) row.get("step"));
            List<String> open = jdbc.queryForList(
                    "SELECT TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?",
                    String.class,
                    row.get("process_instance_id"));
            assertThat(open)
                    .as("report %d at %s: its process instance's open tasks", id, step)
                    .containsExactly(step.taskKey());
            // the inbox's open-task table was written in the same transactions as the tasks
            assertThat(jdbc.queryForList(
                            "SELECT task_id FROM rc_open_task WHERE process_instance_id = ?",
                            String.class,
                            row.get("process_instance_id")))
                    .as("report %d: its row in rc_open_task", id)
                    .containsExactlyElementsOf(jdbc.queryForList(
                            "SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?",
                            String.class,
                            row.get("process_instance_id")));
            recorded += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action IN "
                            + "('report.submitted', 'review.returned')",
                    Integer.class,
                    id);
        }
        assertThat(recorded)
                .as("completions in the audit trail vs. acknowledged to the client")
                .isBetween(acknowledged, acknowledged + cutOff);
    }
}
