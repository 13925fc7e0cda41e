package org.reportcycle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production topology without Docker: two application processes started together from the built jar on
 * one fresh MySQL/MariaDB database (profile {@code mysql}), as behind the proxy of {@code docker/compose.yaml}.
 * Work goes through both nodes over the REST API; a task completed on one node is gone on the other, both
 * serve the same state, the same task completed on both at once completes once, every due timer fires
 * exactly once across the nodes, the audit chain verifies, and the logs are JSON with request ids and hold
 * no report text, user names or passwords. The test's own Spring context only sets up units, people and
 * cycles (as the other MySQL tests do); its job executor is off, so only the two nodes run timers.
 */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
@SpringBootTest(
        properties = {
            "reportcycle.deadlines.remind-days-before=" + TwoNodesMySqlTests.REMIND_DAYS_BEFORE,
            "flowable.async-executor-activate=false"
        })
class TwoNodesMySqlTests {

    /** Reminders this many days before a due day: a deadline in the coming months has its reminder due now. */
    static final String REMIND_DAYS_BEFORE = "400";
    /**
     * A cycle whose deadlines (and reminders) lie years ahead, before 2038 (MariaDB stores Flowable's due dates
     * as TIMESTAMP).
     */
    static final int FAR_YEAR = LocalDate.now().getYear() + 5;

    static final String ADMIN_PASSWORD = "Adm-" + UUID.randomUUID();
    static final String MARKER = "仅供测试的正文标记" + UUID.randomUUID().toString().substring(0, 8);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String freshUrl;
    static AppNode a;
    static AppNode b;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** Creates the fresh database and starts both nodes on it at once, before this test's own context. */
    @DynamicPropertySource
    static void nodes(DynamicPropertyRegistry registry) throws Exception {
        // the suite's server, a fresh database <suite's database>_nodes (.ci/run drops it too)
        freshUrl = MySqlDatabases.create("nodes");
        Map<String, String> env = new HashMap<>();
        String prefix = PostgresSwitch.active() ? "POSTGRES_" : "MYSQL_";
        env.put(prefix + "URL", freshUrl);
        env.put(prefix + "USER", MySqlDatabases.user());
        env.put(prefix + "PASSWORD", MySqlDatabases.password());
        env.put("BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("REMIND_DAYS_BEFORE", REMIND_DAYS_BEFORE);
        // both nodes scan the deadlines often, so that they compete for the same reminders
        env.put("DEADLINE_SCAN_EVERY", "2s");
        env.put("REPORTCYCLE_METRICS_MAX_AGE", "0s");
        env.put("SPRING_MAIN_BANNER_MODE", "off");
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        a = AppNode.start("node-a", env, "--spring.profiles.active=" + MySqlDatabases.profile());
        b = AppNode.start("node-b", env, "--spring.profiles.active=" + MySqlDatabases.profile());
        a.awaitReady(Duration.ofMinutes(6));
        b.awaitReady(Duration.ofMinutes(6));
        registry.add("spring.datasource.url", () -> freshUrl);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        MySqlDatabases.drop(freshUrl);
    }

    @Test
    void two_nodes_on_one_database_share_the_work_and_fire_every_timer_once() throws Exception {
        int year = LocalDate.now().getYear();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_user WHERE administrator = TRUE", Integer.class))
                .as("the first administrator, created once by two nodes starting together")
                .isEqualTo(1);
        assertThat(auditCount("action=user.bootstrapped")).isEqualTo(1);

        // reports that wait at drafting (their reminders are due now) and reports of a year long past (overdue)
        List<Long> waiting = new ArrayList<>();
        List<TestUnit> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestUnit unit = data.unit("双节点等待" + i);
            people.add(unit);
            waiting.add(data.openReport(year, unit));
        }
        List<Long> late = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestUnit unit = data.unit("双节点逾期" + i);
            people.add(unit);
            late.add(data.openReport(year - 5, unit));
        }

        // whole cycles, each step on the other node than the one before; in a far year, so that no deadline
        // timer of theirs is due while the steps run
        Map<TestUnit, Long> worked = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            TestUnit unit = data.unit("双节点流转" + i);
            people.add(unit);
            worked.put(unit, data.openReport(FAR_YEAR, unit));
        }
        int completions = 0;
        int n = 0;
        for (Map.Entry<TestUnit, Long> e : worked.entrySet()) {
            completions += carryThrough(e.getKey(), e.getValue(), n++ % 2 == 0);
        }

        // the same task completed on both nodes at the same moment completes once
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 4; i++) {
                TestUnit unit = data.unit("双节点并发" + i);
                people.add(unit);
                Long id = data.openReport(FAR_YEAR, unit);
                Callable<Integer> onA =
                        () -> a.post("/api/v1/reports/" + id + "/submit", unit.drafter(), "demo", "{\"text\":\"并发提交\"}")
                                .statusCode();
                Callable<Integer> onB =
                        () -> b.post("/api/v1/reports/" + id + "/submit", unit.drafter(), "demo", "{\"text\":\"并发提交\"}")
                                .statusCode();
                List<Future<Integer>> both = pool.invokeAll(List.of(onA, onB));
                List<Integer> statuses = List.of(both.get(0).get(), both.get(1).get());
                assertThat(statuses).as("submit on both nodes at once").containsExactlyInAnyOrder(200, 409);
                completions++;
                assertThat(auditCount("reportId=" + id + "&action=report.submitted"))
                        .isEqualTo(1);
                assertThat(step(a, id, unit.drafter())).isEqualTo("LEGAL_REVIEW");
                assertThat(step(b, id, unit.drafter())).isEqualTo("LEGAL_REVIEW");
            }
        } finally {
            pool.shutdownNow();
        }

        timersFireOnce(waiting, late);

        // both nodes serve the same state
        assertThat(a.get("/api/v1/reports", "admin", ADMIN_PASSWORD).body())
                .isEqualTo(b.get("/api/v1/reports", "admin", ADMIN_PASSWORD).body());
        assertThat(a.get("/api/v1/public/reports", null, null).body())
                .isEqualTo(b.get("/api/v1/public/reports", null, null).body());
        Map<String, Double> metricsA = businessGauges(a);
        assertThat(metricsA).isEqualTo(businessGauges(b));
        assertThat(metricsA.get("reportcycle_reports{step=\"PUBLISHED\"}")).isEqualTo(worked.size());
        assertThat(counter(a, "reportcycle_step_completions_total") + counter(b, "reportcycle_step_completions_total"))
                .as("step completions counted over both nodes")
                .isEqualTo(completions);

        // the audit chain stays valid, seen from either node
        JsonNode verifyA = json(a.get("/api/v1/audit/verify", "admin", ADMIN_PASSWORD));
        JsonNode verifyB = json(b.get("/api/v1/audit/verify", "admin", ADMIN_PASSWORD));
        assertThat(verifyA.get("ok").asBoolean()).isTrue();
        assertThat(verifyB.get("ok").asBoolean()).isTrue();
        assertThat(verifyA.get("checked").asLong())
                .isGreaterThan(50)
                .isEqualTo(verifyB.get("checked").asLong());

        logsAreJsonWithRequestIdsAndNoPersonalData(people);
    }

    /** Carries the report from drafting to publication, alternating the nodes; returns the steps completed. */
    private int carryThrough(TestUnit unit, Long id, boolean startOnA) throws Exception {
        String text = TestData.compliantText(FAR_YEAR).parts().get(Part.MEASURES) + MARKER;
        AppNode first = startOnA ? a : b;
        HttpResponse<String> saved = first.put(
                "/api/v1/reports/" + id + "/parts",
                unit.drafter(),
                "demo",
                JSON.writeValueAsString(
                        Map.of("parts", Map.of("1", Map.of("text", text, "baseRowVersion", 0)), "note", MARKER)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String[][] steps = {
            {"/submit", unit.drafter(), "{\"text\":\"初稿完成\"}", "LEGAL_REVIEW"},
            {"/review/pass", unit.legal(), "{\"text\":\"同意\"}", "LEADER_SIGNOFF"},
            {
                "/signoff/approve",
                unit.leader(1),
                "{\"opinion\":\"同意\",\"confidentialityAttested\":false}",
                "LEADER_SIGNOFF"
            },
            {"/signoff/approve", unit.leader(2), "{\"opinion\":\"同意\",\"confidentialityAttested\":true}", "COMMITTEE"},
            {
                "/committee/meeting",
                unit.secretary(),
                "{\"body\":\"党工委会议\",\"heldOn\":\"" + LocalDate.now()
                        + "\",\"sessionNo\":\"第1次\",\"attendance\":\"9/9\",\"outcome\":\"APPROVED\"}",
                "REPORT_UP"
            },
            {"/report-up", unit.drafter(), "{\"text\":\"报送\"}", "OFFICE_REVIEW"},
            {"/office/accept", "admin", "{}", "PUBLISH"},
            {"/publish", unit.drafter(), "{}", "PUBLISHED"}
        };
        boolean onA = startOnA;
        for (String[] s : steps) {
            AppNode here = onA ? a : b;
            AppNode there = onA ? b : a;
            String password = "admin".equals(s[1]) ? ADMIN_PASSWORD : "demo";
            assertThat(taskReports(there, s[1], password))
                    .as("%s has the task on %s", s[1], there.name())
                    .contains(id);
            HttpResponse<String> done = here.post("/api/v1/reports/" + id + s[0], s[1], password, s[2]);
            assertThat(done.statusCode())
                    .as("%s on %s: %s", s[0], here.name(), done.body())
                    .isEqualTo(200);
            assertThat(json(done).get("step").asString()).isEqualTo(s[3]);
            assertThat(taskReports(there, s[1], password))
                    .as("%s's task is gone on %s", s[1], there.name())
                    .doesNotContain(id);
            assertThat(step(there, id, "admin")).isEqualTo(s[3]);
            HttpResponse<String> again = there.post("/api/v1/reports/" + id + s[0], s[1], password, s[2]);
            assertThat(again.statusCode())
                    .as("the same step again on %s: %s", there.name(), again.body())
                    .isIn(400, 403, 409);
            assertThat(step(here, id, "admin")).isEqualTo(s[3]);
            onA = !onA;
        }
        return steps.length;
    }

    /**
     * Each waiting report is reminded exactly once and each report of the long-past year is escalated exactly
     * once, although both nodes scan the deadlines (DeadlineReminders) and run their job executors.
     */
    private void timersFireOnce(List<Long> waiting, List<Long> late) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < end
                && !(allHave(waiting, "deadline.reminded") && allHave(late, "deadline.overdue") && backlog() == 0)) {
            Thread.sleep(2000);
        }
        Thread.sleep(15_000); // several scans and job acquisition cycles: a second firing would show now
        assertThat(backlog()).as("due timers left").isZero();
        for (Long id : waiting) {
            assertThat(auditCount("reportId=" + id + "&action=deadline.reminded"))
                    .as("reminders of %s", id)
                    .isEqualTo(1);
        }
        for (Long id : late) {
            assertThat(auditCount("reportId=" + id + "&action=deadline.overdue"))
                    .as("escalations of %s", id)
                    .isEqualTo(1);
            assertThat(auditCount("reportId=" + id + "&action=deadline.reminded"))
                    .isZero();
        }
        System.out.printf(
                "[two nodes] timers: %d reminders and %d escalations, each fired once%n", waiting.size(), late.size());
    }

    private boolean allHave(List<Long> reports, String action) throws Exception {
        for (Long id : reports) {
            if (auditCount("reportId=" + id + "&action=" + action) == 0) {
                return false;
            }
        }
        return true;
    }

    private double backlog() throws Exception {
        return businessGauges(a).get("reportcycle_timer_backlog");
    }

    private void logsAreJsonWithRequestIdsAndNoPersonalData(List<TestUnit> people) throws Exception {
        String requestId = "twonodes-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(a.get("/api/v1/tasks", people.get(0).drafter(), "demo", Map.of("X-Request-Id", requestId))
                        .headers()
                        .firstValue("X-Request-Id"))
                .contains(requestId);
        Thread.sleep(500);
        for (AppNode node : List.of(a, b)) {
            List<String> lines = node.logLines();
            List<JsonNode> json = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("{")) {
                    json.add(JSON.readTree(line));
                }
            }
            assertThat(json).as("JSON log lines of %s", node.name()).hasSizeGreaterThan(20);
            String all = String.join("\n", lines);
            assertThat(all).as("report text in the log of %s", node.name()).doesNotContain(MARKER);
            assertThat(all).as("password in the log of %s", node.name()).doesNotContain(ADMIN_PASSWORD);
            for (TestUnit unit : people) {
                assertThat(all).as("user names in the log of %s", node.name()).doesNotContain(unit.code() + "-");
            }
        }
        assertThat(a.logLines().stream()
                        .filter(l -> l.startsWith("{"))
                        .map(JSON::readTree)
                        .filter(j -> j.has("requestId")
                                && requestId.equals(j.get("requestId").asString()))
                        .map(j -> j.get("message").asString()))
                .as("the request's log line carries its id")
                .anyMatch(msg -> msg.contains("/api/v1/tasks"));
    }

    private List<Long> taskReports(AppNode node, String user, String password) throws Exception {
        HttpResponse<String> tasks = node.get("/api/v1/tasks", user, password);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        json(tasks).forEach(t -> ids.add(t.get("reportId").asLong()));
        return ids;
    }

    private String step(AppNode node, Long id, String user) throws Exception {
        HttpResponse<String> report =
                node.get("/api/v1/reports/" + id, user, "admin".equals(user) ? ADMIN_PASSWORD : "demo");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return json(report).get("step").asString();
    }

    private long auditCount(String query) throws Exception {
        HttpResponse<String> found = a.get("/api/v1/audit?limit=1000&" + query, "admin", ADMIN_PASSWORD);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return json(found).size();
    }

    /** The reportcycle_* gauges (database-wide, so equal on every node), by name and labels. */
    private static Map<String, Double> businessGauges(AppNode node) throws Exception {
        Map<String, Double> gauges = new LinkedHashMap<>();
        for (String line : prometheus(node).split("\n")) {
            Matcher m = Pattern.compile("^(reportcycle_(?:reports|overdue_tasks|timer_backlog|dead_letter_jobs))"
                            + "\\{([^}]*)\\} (\\S+)$")
                    .matcher(line);
            if (m.matches()) {
                Matcher step = Pattern.compile("step=\"([A-Z_]+)\"").matcher(m.group(2));
                gauges.put(
                        m.group(1) + (step.find() ? "{step=\"" + step.group(1) + "\"}" : ""),
                        Double.valueOf(m.group(3)));
            }
        }
        assertThat(gauges)
                .containsKeys(
                        "reportcycle_reports{step=\"DRAFT\"}",
                        "reportcycle_overdue_tasks",
                        "reportcycle_timer_backlog");
        return gauges;
    }

    /** A counter summed over its labels on one node. */
    private static double counter(AppNode node, String name) throws Exception {
        double sum = 0;
        for (String line : prometheus(node).split("\n")) {
            if (line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static String prometheus(AppNode node) throws Exception {
        HttpResponse<String> scrape = node.get("/actuator/prometheus", "admin", ADMIN_PASSWORD);
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
