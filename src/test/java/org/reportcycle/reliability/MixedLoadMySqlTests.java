package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.ApiClient;
import org.reportcycle.testdata.PostgresSwitch;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;

/**
 * Many people at once on MariaDB (issue 18 item 4): 200 simulated people work through their tasks with a
 * person's think time between actions. Most use the REST API with personal tokens (inbox, open, save, submit;
 * the legal advisor: inbox, open, return); ten units' drafters and legal advisors — 20 concurrent
 * Vaadin sessions, each its own Chromium — do the same in the browser (inbox → open → save → decide). Every
 * request and every click must succeed; the p50/p95 of each action are printed as {@code LOAD: <action> p50 …
 * p95 …} against the targets (p95 ≤ 500 ms per REST call, ≤ 1.5 s per UI click), which are printed, not
 * asserted: the machines are shared, so the load average is printed with them. The MySQL suite runs it for 60 s
 * (the test took 195–199 s at a load average of 30–38: set-up 32 s, 20 browsers signing in 70 s, then the run);
 * the full run is {@code -Dreportcycle.mixed.seconds=300}, {@code -Dreportcycle.mixed=false} leaves it out.
 * Skipped without Chromium ({@code CHROMIUM_PATH}, Chromium's headless shell or Chromium, see {@link #chromium()};
 * .ci/run installs the headless shell before the suite) and
 * in the suite's PostgreSQL stage.
 *
 * <p>2026-12-06, MariaDB 10.11, 2 cores shared with two other helpers' builds and benchmarks: 200 people × 300 s,
 * 6,764 REST requests (22.5/s) and 399 UI actions, 0 errors, load average 40 (1 and 5 min) at the end; p95 REST
 * inbox 2.9 s, open 2.5 s, save 4.0 s, submit 8.7 s, return 6.1 s; UI inbox 6.0 s, open 28.4 s, save 26.2 s,
 * submit 20.2 s, return 21.8 s — targets missed on that machine. Before, the browser drafters timed out opening
 * the workspace (60 s): all 20 Playwright drivers were connected to one Chromium over the DevTools protocol, and
 * each adopted the other 19 drivers' pages too.
 */
class MixedLoadMySqlTests extends MySqlLoadBase {

    static final int YEAR = 2046;
    static final int PEOPLE = Integer.getInteger("reportcycle.mixed.people", 200);
    static final int UI_UNITS = Integer.getInteger("reportcycle.mixed.ui-units", 10);
    static final int SECONDS = Integer.getInteger("reportcycle.mixed.seconds", 60);
    /** A person's pause between two actions: reading the inbox, reading the report, typing, deciding. */
    static final int THINK_MIN_MS = Integer.getInteger("reportcycle.mixed.think-min-ms", 3_000);

    static final int THINK_MAX_MS = Integer.getInteger("reportcycle.mixed.think-max-ms", 10_000);
    static final java.util.concurrent.Semaphore SIGN_INS = new java.util.concurrent.Semaphore(4);

    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    ApiClient client;
    String part2;

    @Test
    void two_hundred_people_in_the_browser_and_over_rest_work_at_once_without_an_error() throws Exception {
        assumeThat(PostgresSwitch.active())
                .as("the mixed load runs on MariaDB/MySQL")
                .isFalse();
        assumeThat(System.getProperty("reportcycle.mixed", "true"))
                .as("left out with -Dreportcycle.mixed=false")
                .isEqualTo("true");
        Path chromium = chromium();
        assumeThat(chromium)
                .as("Chromium for the browser sessions (apt-get install -y chromium-headless-shell; .ci/run installs "
                        + "it before the MySQL suite)")
                .exists();
        int restUnits = (PEOPLE - 2 * UI_UNITS) / 2;
        part2 = TestData.compliantText(YEAR).part(Part.SHORTCOMINGS);
        long setup = System.nanoTime();
        List<TestUnit> units = new ArrayList<>();
        Map<Long, ReportText> texts = new HashMap<>();
        for (int i = 0; i < UI_UNITS + restUnits; i++) {
            TestUnit unit = data.unit("混合负载街道" + i);
            units.add(unit);
            texts.put(unit.id(), TestData.compliantText(YEAR));
        }
        // one opening for all the units, as the administrator opens a cycle
        Map<TestUnit, Long> opened = data.openCycle(YEAR, units, texts);
        List<Long> ids = units.stream().map(opened::get).toList();
        client = new ApiClient("http://127.0.0.1:" + port, Duration.ofSeconds(120));
        System.out.printf(
                "LOAD: mixed: %d people (%d in Chromium: %d units' drafter and legal advisor; %d over REST with "
                        + "tokens) for %d s on %s; think time %d–%d ms (uniform) between a person's actions%n",
                2 * (UI_UNITS + restUnits),
                2 * UI_UNITS,
                UI_UNITS,
                2 * restUnits,
                SECONDS,
                jdbc.queryForObject("SELECT VERSION()", String.class),
                THINK_MIN_MS,
                THINK_MAX_MS);
        List<Thread> people = new ArrayList<>();
        CountDownLatch signedIn = new CountDownLatch(2 * UI_UNITS);
        long[] end = new long[1];
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < UI_UNITS; i++) {
            for (boolean drafter : new boolean[] {true, false}) {
                TestUnit unit = units.get(i);
                Long id = ids.get(i);
                people.add(Thread.ofPlatform()
                        .name("ui-" + i + (drafter ? "-drafter" : "-legal"))
                        .start(() -> {
                            new BrowserPerson(unit, id, drafter).run(chromium, signedIn, start, end);
                        }));
            }
        }
        List<Runnable> restPeople = new ArrayList<>();
        for (int i = UI_UNITS; i < units.size(); i++) {
            TestUnit unit = units.get(i);
            Long id = ids.get(i);
            String drafterToken = token(unit.drafter());
            String legalToken = token(unit.legal());
            restPeople.add(() -> restPerson(unit.drafter(), drafterToken, id, true, start, end));
            restPeople.add(() -> restPerson(unit.legal(), legalToken, id, false, start, end));
        }
        restPeople.forEach(r -> people.add(Thread.ofVirtual().start(r)));
        long signIns = System.nanoTime();
        assertThat(signedIn.await(5, TimeUnit.MINUTES))
                .as("the browser sessions signed in")
                .isTrue();
        System.out.printf(
                "LOAD: mixed: set up in %d s (units, reports, tokens), %d browsers started and signed in in %d s; "
                        + "load average %s%n",
                (signIns - setup) / 1_000_000_000,
                2 * UI_UNITS,
                (System.nanoTime() - signIns) / 1_000_000_000,
                loadAverage());
        // the browsers stand for the people's own computers: on this machine they yield the processor to the
        // server (and to MariaDB), as they would by running elsewhere; their own work stays in the UI figures
        ScheduledExecutorService yielding = Executors.newSingleThreadScheduledExecutor();
        yielding.scheduleWithFixedDelay(MixedLoadMySqlTests::browsersYield, 0, 5, TimeUnit.SECONDS);
        end[0] = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        start.countDown();
        try {
            for (Thread t : people) {
                t.join();
            }
        } finally {
            yielding.shutdownNow();
        }
        Map<String, List<Long>> sorted = new TreeMap<>();
        latencies.forEach((action, q) -> {
            List<Long> l = new ArrayList<>(q);
            Collections.sort(l);
            sorted.put(action, l);
        });
        int requests = sorted.entrySet().stream()
                .filter(e -> e.getKey().startsWith("REST"))
                .mapToInt(e -> e.getValue().size())
                .sum();
        int clicks = sorted.entrySet().stream()
                .filter(e -> e.getKey().startsWith("UI"))
                .mapToInt(e -> e.getValue().size())
                .sum();
        System.out.printf(
                "LOAD: mixed: %d REST requests (%.1f/s), %d UI actions (%.1f/s), %d errors; load average %s%n",
                requests, requests / (double) SECONDS, clicks, clicks / (double) SECONDS, errors.size(), loadAverage());
        sorted.forEach((action, l) -> {
            long p95 = percentile(l, 0.95);
            long target = action.startsWith("UI") ? 1_500 : 500;
            System.out.printf(
                    "LOAD: %-12s p50 %5d ms  p95 %5d ms  max %5d ms  n %5d  (target p95 ≤ %d ms: %s)%n",
                    action, percentile(l, 0.5), p95, l.getLast(), l.size(), target, p95 <= target ? "met" : "missed");
        });
        errors.stream().limit(10).forEach(e -> System.out.println("LOAD: error: " + e));
        assertThat(errors).as("failed requests and clicks").isEmpty();
        // a browser person's return follows the drafter's submit: on a slow machine a short run may end first
        assertThat(sorted.keySet())
                .as("every action was measured")
                .contains("REST inbox", "REST open", "REST save", "REST submit", "REST return")
                .contains("UI inbox", "UI open", "UI save", "UI submit");
        for (Long id : ids) {
            String step = jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, id);
            assertThat(step).isIn("DRAFT", "LEGAL_REVIEW");
        }
    }

    /**
     * Lowers the priority of the processes this test started (the Playwright drivers and the browsers with their
     * renderers) to nice 10, new ones included on the next call. The 20 browsers alone took two thirds of the two
     * cores; at the same priority as the server they measured how the processor was shared, not the server.
     */
    static void browsersYield() {
        List<String> command = new ArrayList<>(List.of("renice", "-n", "10", "-p"));
        // on Linux a priority belongs to a thread: renice -p changes each process's main thread (a renderer's runs
        // the page's script, style and layout), and the threads it starts later; with every thread of every browser
        // at nice 19 the browsers starved (a save's notification did not show within 60 s)
        ProcessHandle.current().descendants().forEach(p -> command.add(String.valueOf(p.pid())));
        if (command.size() == 4) {
            return;
        }
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // without renice the browsers keep their priority: the figures are then read as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The machine's load average (1, 5, 15 minutes), to read the figures against: the machines are shared. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    private String token(String user) {
        return PersonalTokens.issue(apiTokens, user, "混合负载");
    }

    private void record(String action, long startNanos) {
        latencies
                .computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>())
                .add((System.nanoTime() - startNanos) / 1_000_000);
    }

    private static boolean think(long[] end) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(THINK_MIN_MS, THINK_MAX_MS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return System.nanoTime() < end[0];
    }

    private void restPerson(String user, String token, Long id, boolean drafter, CountDownLatch start, long[] end) {
        try {
            start.await();
        } catch (InterruptedException e) {
            return;
        }
        int round = 0;
        while (errors.isEmpty() && think(end)) {
            String tasks = call("REST inbox", "GET", "/api/v1/tasks", user, token, null);
            if (tasks == null || !tasks.contains("\"reportId\":" + id + ",") || !think(end)) {
                continue;
            }
            String report = call("REST open", "GET", "/api/v1/reports/" + id, user, token, null);
            if (report == null || !think(end)) {
                continue;
            }
            if (drafter) {
                Matcher v = PART2_VERSION.matcher(report);
                String base = v.find() ? v.group(1) : "null";
                round++;
                String body = "{\"parts\":{\"2\":{\"text\":\"" + part2 + "第" + round + "稿。\",\"baseRowVersion\":" + base
                        + "}}}";
                if (call("REST save", "PUT", "/api/v1/reports/" + id + "/parts", user, token, body) != null
                        && think(end)) {
                    call("REST submit", "POST", "/api/v1/reports/" + id + "/submit", user, token, "{}");
                }
            } else {
                call(
                        "REST return",
                        "POST",
                        "/api/v1/reports/" + id + "/review/return",
                        user,
                        token,
                        "{\"text\":\"请补充\"}");
            }
        }
    }

    private String call(String action, String method, String path, String user, String token, String body) {
        return send(
                client,
                method,
                path,
                user,
                token,
                body,
                errors,
                ms -> latencies
                        .computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>())
                        .add(ms));
    }

    /** A style that keeps Vaadin's loading bar still (it still shows): added to each page before its scripts. */
    static final String NO_LOADING_ANIMATION = """
            document.addEventListener('DOMContentLoaded', () => {
              const style = document.createElement('style');
              style.textContent = '.v-loading-indicator { animation: none !important; transition: none !important; }';
              document.head.appendChild(style);
            });
            """;

    /** One person in a Chromium of their own: signs in once, then works from the inbox. */

    /**
     * The browser the 20 people use: {@code CHROMIUM_PATH}, else Chromium's headless shell (Debian's
     * {@code chromium-headless-shell}: the same Blink and V8 without the desktop browser around them), else
     * Chromium. Measured on this 2-core machine, MariaDB, the same test one after the other (2026-12-06): with
     * the full Chromium in its headless mode the 20 browsers held the load average at 17–20 and REST inbox p95
     * was 1.7–2.3 s, UI inbox 1.9–2.4 s; with the headless shell the load average was 11, REST inbox p95 351 ms,
     * UI inbox 1.2 s — the server's figures had been the test's own browsers' cost.
     */
    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path shell = Path.of("/usr/bin/chromium-headless-shell");
        return Files.isExecutable(shell) ? shell : Path.of("/usr/bin/chromium");
    }

    private final class BrowserPerson {
        final TestUnit unit;
        final Long id;
        final boolean drafter;
        final String user;
        Page page;
        boolean submitted;

        BrowserPerson(TestUnit unit, Long id, boolean drafter) {
            this.unit = unit;
            this.id = id;
            this.drafter = drafter;
            this.user = drafter ? unit.drafter() : unit.legal();
        }

        void run(Path chromium, CountDownLatch signedIn, CountDownLatch start, long[] end) {
            String step = "starting Chromium";
            try (Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
                // a few at a time: starting a browser and signing in are not measured, and 20 at once only wait on
                // each other
                SIGN_INS.acquire();
                try {
                    page = openPage(playwright, chromium);
                    step = "signing in";
                    signIn();
                } catch (RuntimeException e) {
                    screenshot(step);
                    throw e;
                } finally {
                    SIGN_INS.release();
                }
                try {
                    signedIn.countDown();
                    start.await();
                    int round = 0;
                    while (errors.isEmpty() && carryOn(end, false)) {
                        step = "inbox";
                        if (page.url().endsWith("/inbox")) {
                            // back to the inbox as a person would, through the menu: by way of the done list
                            navigate("done", "vaadin-grid");
                        }
                        long t0 = System.nanoTime();
                        navigate("inbox", "#inbox-cards");
                        record("UI inbox", t0);
                        if (page.locator("#inbox-cards .task-unit", new Page.LocatorOptions().setHasText(unit.name()))
                                                .count()
                                        == 0
                                || !carryOn(end, true)) {
                            continue;
                        }
                        step = "open";
                        t0 = System.nanoTime();
                        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(unit.name()))
                                .first()
                                .click();
                        page.locator(drafter ? "#save-parts" : "#action-returnToDrafting")
                                .waitFor();
                        record("UI open", t0);
                        if (!carryOn(end, true)) {
                            break;
                        }
                        if (drafter) {
                            round++;
                            step = "save";
                            page.locator("#part-2 textarea").fill(part2 + "第" + round + "稿（浏览器）。");
                            t0 = System.nanoTime();
                            page.locator("#save-parts").click();
                            page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("已保存"))
                                    .first()
                                    .waitFor();
                            record("UI save", t0);
                            if (!carryOn(end, true)) {
                                break;
                            }
                            step = "submit";
                            decide("UI submit", "#action-submit", "提交审查", null);
                            submitted = true;
                        } else {
                            step = "return";
                            decide("UI return", "#action-returnToDrafting", "退回修改", "请补充具体原因。");
                        }
                    }
                } catch (RuntimeException e) {
                    screenshot(step); // while the browser is still open
                    throw e;
                }
                page.navigate("about:blank");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                errors.add(user + " in the browser, " + step + ": "
                        + message.substring(0, Math.min(400, message.length())));
            } finally {
                signedIn.countDown(); // a person who failed before signing in does not hold up the others
            }
        }

        /**
         * A browser of the person's own, as two people's browsers are. Not one Chromium shared over the DevTools
         * protocol: every Playwright connected that way adopts every other connection's pages too (its default
         * context takes the targets it did not create), so 20 people meant 400 instrumented page sessions — the
         * drivers and renderers then took most of the two cores and a workspace open waited 35 s with no other
         * traffic at all (2026-12-06).
         */
        private Page openPage(Playwright playwright, Path chromium) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(chromium)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("zh-CN")
                    .setViewportSize(1440, 900)
                    .setReducedMotion(ReducedMotion.REDUCE));
            // Vaadin's loading bar animates its width and height, every frame a layout, while a page waits on the
            // server: a person's own computer pays for that, here 20 pages paid for it on the server's two cores —
            // the slower the server, the more pages animating, the slower the server
            context.addInitScript(NO_LOADING_ANIMATION);
            // a click that waits longer than this is an error (a hang), whatever its time says otherwise: the time
            // itself is what the figures report. 120 s, as for signing in: on this 2-core machine the 20 browsers run
            // reniced beside the server and MariaDB, and a starved browser's save has taken over 60 s to show its
            // notice while the REST saves' p95 stayed under 1 s (CI, 2026-12-06)
            context.setDefaultTimeout(120_000);
            Page p = context.newPage();
            p.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(user + ": browser console: " + m.text());
                }
            });
            p.onPageError(e -> errors.add(user + ": page error: " + e));
            return p;
        }

        /**
         * A person's pause, then whether to go on: after the end of the run no new round starts, but a round begun
         * (the task seen in the inbox) is finished, and a drafter who has not yet submitted does one whole round —
         * so that even a short run on a slow machine measures every action it asserts.
         */
        private boolean carryOn(long[] end, boolean inRound) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(THINK_MIN_MS, THINK_MAX_MS + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return inRound || System.nanoTime() < end[0] || (drafter && !submitted);
        }

        /** Clicks the side menu's item and waits for the new view's element (in the page, maybe hidden). */
        private void navigate(String path, String element) {
            String before = page.url();
            page.locator("vaadin-side-nav-item[path='" + path + "']").first().click();
            page.waitForURL(u -> u.endsWith("/" + path) && !u.equals(before) || u.endsWith("/" + path));
            page.locator(element).first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        }

        private void signIn() {
            page.navigate(url("/login"));
            page.locator("vaadin-text-field[name=username] input").fill(user);
            page.locator("vaadin-password-field[name=password] input").fill("demo");
            page.locator("vaadin-password-field[name=password] input").press("Enter");
            page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(120_000));
        }

        /** Opens the decision's dialog, gives the reason if asked, confirms: timed until the dialog closed. */
        private void decide(String action, String button, String confirm, String reason) {
            page.locator(button).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            if (reason != null) {
                dialog.getByLabel("理由（必填）").fill(reason);
            }
            long t0 = System.nanoTime();
            dialog.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName(confirm).setExact(true))
                    .click();
            // the dialog closes only once the server has carried out the decision
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(dialog)
                    .hasCount(
                            0,
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                                    .setTimeout(120_000));
            record(action, t0);
        }

        private void screenshot(String step) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(dir.resolve("MixedLoadMySqlTests-" + user + "-" + step + ".png"))
                        .setFullPage(true));
            } catch (Exception ignored) {
                // the error itself is already recorded
            }
        }

        private String url(String path) {
            return "http://localhost:" + port + path;
        }
    }
}
