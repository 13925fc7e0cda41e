package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.ApiClient;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;

/**
 * Load on MySQL: simulated people, each with a report of their own unit, work through their tasks over
 * REST at the same time (look at the inbox, open the report, save a part, submit; the legal advisor looks
 * at the inbox and returns it), for a fixed time, each with a personal API token as a system would. Every request must succeed; the figures are printed.
 * CI: {@code -Dreportcycle.load.users=50 -Dreportcycle.load.seconds=30} (the defaults); the full run is
 * 200 users for 300 seconds.
 */
class LoadMySqlTests extends MySqlLoadBase {

    static final int USERS = Integer.getInteger("reportcycle.load.users", 50);
    static final int SECONDS = Integer.getInteger("reportcycle.load.seconds", 30);
    static final Pattern STEP = Pattern.compile("\"step\":\"([A-Z_]+)\"");

    final Map<String, String> tokens = new ConcurrentHashMap<>();

    ApiClient client;
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    final Map<String, ConcurrentLinkedQueue<Long>> byAction = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final AtomicInteger steps = new AtomicInteger();

    @Test
    void many_people_working_through_their_tasks_at_once_get_no_errors() throws Exception {
        List<TestUnit> units = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            TestUnit unit = data.unit("负载街道" + i);
            units.add(unit);
            ids.add(data.openReport(2032, unit));
            for (String user : List.of(unit.drafter(), unit.legal())) {
                tokens.put(user, PersonalTokens.issue(apiTokens, user, "负载"));
            }
        }
        client = new ApiClient("http://127.0.0.1:" + port, Duration.ofSeconds(120));
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        CountDownLatch done = new CountDownLatch(USERS);
        for (int i = 0; i < USERS; i++) {
            TestUnit unit = units.get(i);
            Long id = ids.get(i);
            Thread.ofVirtual().start(() -> {
                try {
                    work(unit, id, end);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        long p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95));
        System.out.printf(
                "LOAD: %d users for %d s: %d requests (%.1f/s), %d step completions, %d errors, "
                        + "p50 %d ms, p95 %d ms%n",
                USERS, SECONDS, sorted.size(), sorted.size() / (double) SECONDS, steps.get(), errors.size(), p50, p95);
        new java.util.TreeMap<>(byAction).forEach((action, times) -> {
            List<Long> t = new ArrayList<>(times);
            Collections.sort(t);
            System.out.printf(
                    "LOAD:   %-14s %5d calls, p50 %d ms, p95 %d ms%n",
                    action, t.size(), t.get(t.size() / 2), t.get((int) (t.size() * 0.95)));
        });
        assertThat(errors).as("failed requests").isEmpty();
        assertThat(steps.get()).isPositive();
        for (Long id : ids) {
            String step = jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, id);
            assertThat(step).isIn("DRAFT", "LEGAL_REVIEW");
        }
    }

    private void work(TestUnit unit, Long id, long end) {
        String part2 = TestData.compliantText(2032).part(Part.SHORTCOMINGS);
        int round = 0;
        while (System.nanoTime() < end && errors.isEmpty()) {
            round++;
            if (call("inbox", "GET", "/api/v1/tasks", unit.drafter(), null) == null) {
                return;
            }
            String report = call("open", "GET", "/api/v1/reports/" + id, unit.drafter(), null);
            if (report == null) {
                return;
            }
            Matcher step = STEP.matcher(report);
            step.find();
            if ("DRAFT".equals(step.group(1))) {
                Matcher v = PART2_VERSION.matcher(report);
                String base = v.find() ? v.group(1) : "null";
                if (call(
                                        "save",
                                        "PUT",
                                        "/api/v1/reports/" + id + "/parts",
                                        unit.drafter(),
                                        "{\"parts\":{\"2\":{\"text\":\"" + part2 + "第" + round
                                                + "稿。\",\"baseRowVersion\":" + base + "}}}")
                                == null
                        || call("submit", "POST", "/api/v1/reports/" + id + "/submit", unit.drafter(), "{}") == null) {
                    return;
                }
            } else {
                if (call("legal inbox", "GET", "/api/v1/tasks", unit.legal(), null) == null
                        || call(
                                        "return",
                                        "POST",
                                        "/api/v1/reports/" + id + "/review/return",
                                        unit.legal(),
                                        "{\"text\":\"请补充\"}")
                                == null) {
                    return;
                }
            }
            steps.incrementAndGet();
        }
    }

    private String call(String action, String method, String path, String user, String body) {
        return send(client, method, path, user, tokens.get(user), body, errors, ms -> {
            latencies.add(ms);
            byAction.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(ms);
        });
    }
}
