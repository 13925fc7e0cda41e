package org.reportcycle.bench;

import static org.reportcycle.testdata.TestData.as;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.bench.BenchData.BenchUnit;
import org.reportcycle.bench.BenchResults.Figure;
import org.reportcycle.bench.BenchResults.Kind;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.office.TrackingService;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.publication.search.PublicSearch;
import org.reportcycle.publication.search.SearchIndex;
import org.reportcycle.report.CycleOverview;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.export.ExportDocument;
import org.reportcycle.report.export.FixtureReports;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.review.ReviewService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every scenario of BENCHMARKS.md on one database: the application through its services, signed in as the
 * person who would act, side by side with the bare Flowable engine running {@code bench/baseline.bpmn20.xml}
 * through RuntimeService and TaskService only, in the same JVM and database, interleaved so that both see
 * the same noise. Failures of a scenario are recorded as notes; no number fails anything.
 */
final class Scenarios {

    static final int YEAR = 2025;
    static final String BASELINE_KEY = "benchBaseline";
    private static final String[] BASELINE_TASKS = {"bDraft", "bLegalReview", "bLeaderSignoff", "bCommittee", "bPublish"
    };
    private static final int WARMUP = 5;

    private final String db;
    private final BenchScale scale;
    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final RuntimeService runtime;
    private final TaskService tasks;

    private List<BenchUnit> units = List.of();
    private final Map<Long, Long> reportOfUnit = new HashMap<>();
    private final Map<Long, String> baselineOfUnit = new HashMap<>();
    private int s2Cursor;

    /** Each app step's times in the current S2 run, by step, for the log. */
    private final Map<String, Queue<Long>> stepTimes = new ConcurrentSkipListMap<>();

    private ProcessRemoval removal;

    Scenarios(ApplicationContext ctx, String db, BenchScale scale) {
        this.ctx = ctx;
        this.db = db;
        this.scale = scale;
        this.jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        this.transactions = ctx.getBean(PlatformTransactionManager.class);
        this.runtime = ctx.getBean(RuntimeService.class);
        this.tasks = ctx.getBean(TaskService.class);
    }

    void runAll(boolean withJvmScenarios) {
        BenchResults.note("- " + db + ": " + databaseVersion() + "; scale " + scale + "; heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; "
                + Runtime.getRuntime().availableProcessors()
                + " cores; JVM " + System.getProperty("java.version") + "; started " + Instant.now());
        BenchData data = new BenchData(
                        jdbc,
                        transactions,
                        ctx.getBean(PasswordEncoder.class).encode("demo"),
                        ctx.getBean(SearchIndex.class))
                .withSearchIndex(selected("S5"));
        if (!data.empty()) {
            BenchResults.note("- " + db + ": the database is not empty; the benchmark needs an empty one. Skipped.");
            return;
        }
        BenchData.Generated generated = data.generate(scale.units(), YEAR, scale.historyYears(), this::log);
        units = generated.units();
        s2Cursor = units.size() - 1;
        BenchResults.note("- " + db + ": generated " + units.size() + " units, " + generated.users() + " people, "
                + generated.historicalReports() + " published reports of " + scale.historyYears() + " past years in "
                + generated.millis() / 1000 + " s");
        ctx.getBean(RepositoryService.class)
                .createDeployment()
                .name("bench-baseline")
                .enableDuplicateFiltering()
                .addClasspathResource("bench/baseline.bpmn20.xml")
                .deploy();
        if (selected("S1") || selected("S2") || selected("S3") || selected("S4")) {
            scenario("S1", selected("S1") ? this::s1 : this::openOnce);
        }
        scenario("S3", this::s3);
        scenario("S4", this::s4);
        // S5 before S2: it searches exactly the generated published reports (not S2's too), and S2, the
        // longest at full scale, cannot keep it from running
        scenario("S5", this::s5);
        scenario("S2", this::s2);
        if (withJvmScenarios) {
            scenario("S6", this::s6);
            scenario("S7", this::s7);
        }
    }

    /** {@code -Dbench.scenarios=S3,S4} runs only those (S1's opening still runs once, untimed, when needed). */
    private static boolean selected(String id) {
        String only = System.getProperty("bench.scenarios", "").trim();
        return only.isEmpty() || List.of(only.toUpperCase().split("\\s*,\\s*")).contains(id);
    }

    private void scenario(String id, Runnable body) {
        if (!selected(id) && !id.equals("S1")) {
            return;
        }
        long t0 = System.currentTimeMillis();
        log(id + " …");
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            BenchResults.note("- " + db + " " + id + " did not complete: " + e);
            e.printStackTrace();
        }
        log(id + " done in " + (System.currentTimeMillis() - t0) / 1000 + " s");
        writeSoFar(id);
    }

    /**
     * Writes the results files and logs the scenario's rows as soon as it ends: a full-scale run that is
     * stopped later (or runs out of time) keeps the figures of the scenarios it finished.
     */
    private void writeSoFar(String id) {
        BenchResults.write();
        List<Figure> rows = BenchResults.figures(db).stream()
                .filter(f -> f.scenario().equals(id))
                .toList();
        if (!rows.isEmpty()) {
            System.out.println(BenchResults.table(rows));
        }
    }

    // S1 ---------------------------------------------------------------------------------------------------

    /**
     * Opening the cycle for every unit, as the administrator's set-up screen does it: {@link CycleOpeningJobs#start}
     * (cycle, participating units, job row) and the background job that opens the units a chunk per transaction,
     * timed until the job is done. The runs before the last open throw-away years, removed afterwards (untimed);
     * the last opens {@link #YEAR} and stays for the other scenarios (its drafts then get a complete text,
     * untimed, as a drafter would write it). The baseline starts one instance per unit, each in its own
     * transaction; the instances of all runs but the last are removed afterwards, untimed. Removal is by
     * set-based statements ({@link ProcessRemoval}): one {@code deleteProcessInstance} per instance took
     * longer than a full-scale run had.
     */
    private void s1() {
        List<Long> ids = units.stream().map(BenchUnit::id).toList();
        openJob(THROWAWAY_YEAR, ids.subList(0, Math.min(50, ids.size())));
        discard(THROWAWAY_YEAR);
        List<String> warm = new ArrayList<>();
        units.subList(0, Math.min(50, units.size())).forEach(u -> warm.add(startBaseline(u)));
        removeProcesses(warm);

        List<Double> app = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            boolean last = run == scale.runs() - 1;
            int year = last ? YEAR : THROWAWAY_YEAR + 1 + run;
            long nanos = openJob(year, ids);
            app.add(ids.size() / (nanos / 1e9));
            if (!last) {
                discard(year);
            }
            Map<Long, String> pids = new HashMap<>();
            long t0 = System.nanoTime();
            for (BenchUnit u : units) {
                pids.put(u.id(), startBaseline(u));
            }
            baseline.add(units.size() / ((System.nanoTime() - t0) / 1e9));
            if (last) {
                baselineOfUnit.putAll(pids);
            } else {
                removeProcesses(List.copyOf(pids.values()));
            }
            log("S1 run " + run + ": app " + fmt(app.getLast()) + "/s, baseline " + fmt(baseline.getLast()) + "/s");
        }
        writeDrafts();
        loadReports();
        BenchResults.add(new Figure(
                "S1",
                db,
                "open_cycle_" + units.size() + "_units",
                "1/s",
                Kind.RATE,
                app,
                baseline,
                "ratio ≤ 1.0 at 20,000 units",
                null));
        checkOpenTasks();
    }

    /**
     * The throw-away years' processes were removed by statements, past the engine's listener: the application's
     * open-task rows must still match the engine's tasks of the annual-report process one for one.
     */
    private void checkOpenTasks() {
        Long engine = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ WHERE d.KEY_ <> ?",
                Long.class,
                BASELINE_KEY);
        Long app = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_open_task o JOIN ACT_RU_TASK t ON t.ID_ = o.task_id", Long.class);
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM rc_open_task", Long.class);
        log("after S1: " + engine + " app tasks in the engine, " + rows + " open-task rows (" + app + " matching)");
        if (!engine.equals(app) || !engine.equals(rows)) {
            throw new IllegalStateException("open-task rows (" + rows + ", " + app
                    + " matching) differ from the engine's " + engine + " tasks after S1's removals");
        }
    }

    /** S1's runs before the last open these years (and the warm-up the first), removed after each run. */
    private static final int THROWAWAY_YEAR = YEAR + 5;

    /** S1 not selected: open the cycle once for every unit (app and baseline) as set-up, unmeasured. */
    private void openOnce() {
        openJob(YEAR, units.stream().map(BenchUnit::id).toList());
        writeDrafts();
        units.forEach(u -> baselineOfUnit.put(u.id(), startBaseline(u)));
        loadReports();
    }

    private void loadReports() {
        jdbc.query(
                "SELECT r.id, r.unit_id FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id WHERE c.report_year = ?",
                rs -> {
                    reportOfUnit.put(rs.getLong(2), rs.getLong(1));
                },
                YEAR);
    }

    /** Opens the year for the units through the administrator's background job; returns the nanoseconds taken. */
    private long openJob(int year, List<Long> ids) {
        CycleOpeningJobs jobs = ctx.getBean(CycleOpeningJobs.class);
        return as("admin", () -> {
            long t0 = System.nanoTime();
            long job = jobs.start(year, ids, Map.of());
            while (true) {
                CycleOpeningJobs.Progress p = jobs.progress(job).orElseThrow();
                if (p.state() == CycleOpeningJobs.State.DONE) {
                    return System.nanoTime() - t0;
                }
                if (p.state() == CycleOpeningJobs.State.FAILED) {
                    throw new IllegalStateException("opening job failed: " + p.error());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** Removes a throw-away year's processes, reports and notices (untimed). */
    private void discard(int year) {
        Long cycleId = jdbc.queryForObject("SELECT id FROM rc_cycle WHERE report_year = ?", Long.class, year);
        removeProcesses(jdbc.queryForList(
                "SELECT process_instance_id FROM rc_report WHERE cycle_id = ? AND process_instance_id IS NOT NULL",
                String.class,
                cycleId));
        String ofCycle = " WHERE report_id IN (SELECT id FROM rc_report WHERE cycle_id = ?)";
        jdbc.update("DELETE FROM rc_notice" + ofCycle, cycleId);
        jdbc.update("DELETE FROM rc_deadline_notice" + ofCycle, cycleId);
        jdbc.update("DELETE FROM rc_report_part" + ofCycle, cycleId);
        jdbc.update("DELETE FROM rc_report_version" + ofCycle, cycleId);
        jdbc.update("DELETE FROM rc_report WHERE cycle_id = ?", cycleId);
    }

    /**
     * Removes throw-away process instances by set-based statements ({@link ProcessRemoval}), then checks that
     * none of them still runs: a removal that missed rows would skew every later scenario.
     */
    private void removeProcesses(List<String> pids) {
        long t0 = System.currentTimeMillis();
        removal().remove(pids);
        int left = removal().running(pids);
        if (left > 0) {
            throw new IllegalStateException(left + " executions of " + pids.size() + " removed instances remain");
        }
        log("removed " + pids.size() + " process instances in " + (System.currentTimeMillis() - t0) + " ms");
    }

    private ProcessRemoval removal() {
        if (removal == null) {
            removal = new ProcessRemoval(jdbc, transactions);
        }
        return removal;
    }

    /** The year's drafts get a complete text (what the drafters write before S2–S4), by JDBC, untimed. */
    private void writeDrafts() {
        ReportText text = TestData.compliantText(YEAR);
        for (Part part : Part.values()) {
            jdbc.update(
                    "UPDATE rc_report_part SET content = ? WHERE part = ? AND report_id IN (SELECT r.id FROM rc_report r"
                            + " JOIN rc_cycle c ON c.id = r.cycle_id WHERE c.report_year = ?)",
                    text.part(part),
                    part.code(),
                    YEAR);
        }
    }

    private String startBaseline(BenchUnit u) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("reportId", u.id());
        vars.put("unitId", u.id());
        vars.put("leaderIndex", 1);
        vars.put("leaderCount", 1);
        vars.put("decision", "");
        return runtime.createProcessInstanceBuilder()
                .processDefinitionKey(BASELINE_KEY)
                .businessKey("b" + u.id())
                .variables(vars)
                .start()
                .getId();
    }

    // S3 ---------------------------------------------------------------------------------------------------

    /**
     * Inboxes with every unit's report running: a drafter of one unit, and a legal advisor serving 30 units
     * whose reports were all submitted (untimed set-up) so that 30 tasks wait for them.
     */
    private void s3() {
        requireOpened();
        List<BenchUnit> served = units.stream()
                .filter(u -> u.legal().equals(units.getFirst().legal()))
                .toList();
        WorkflowService workflow = ctx.getBean(WorkflowService.class);
        AccessGuard guard = ctx.getBean(AccessGuard.class);
        ReviewService review = ctx.getBean(ReviewService.class);
        for (BenchUnit u : served) {
            as(u.drafter(), () -> review.submit(reportOfUnit.get(u.id()), null));
            completeBaselineTask(baselineOfUnit.get(u.id()));
        }
        BenchUnit drafterUnit = units.get(served.size());
        String legal = served.getFirst().legal();
        latency(
                "S3",
                "inbox_drafter_1_unit",
                "ratio ≤ 1.0",
                () -> as(
                        drafterUnit.drafter(),
                        () -> workflow.inbox(guard.caller(), 50).size()),
                () -> baselineInbox(List.of("b" + drafterUnit.id() + ":DRAFTER")));
        latency(
                "S3",
                "inbox_legal_30_units",
                "ratio ≤ 0.5",
                () -> as(legal, () -> workflow.inbox(guard.caller(), 50).size()),
                () -> baselineInbox(
                        served.stream().map(u -> "b" + u.id() + ":LEGAL").toList()));
    }

    private int baselineInbox(List<String> groups) {
        return tasks.createTaskQuery()
                .taskCandidateGroupIn(groups)
                .orderByTaskCreateTime()
                .desc()
                .listPage(0, 50)
                .size();
    }

    // S4 ---------------------------------------------------------------------------------------------------

    /**
     * The administrator's dashboard: the year's counts per step and the first 50 unfinished reports, longest
     * waiting first. Measured two ways: through {@link TrackingService#overview} (two indexed queries), and
     * the way the tracking screen gets its data today ({@link TrackingService#allReports}: every report of
     * every year, then filtered and sorted in memory). The baseline: five counts by task key and one page of
     * tasks.
     */
    private void s4() {
        requireOpened();
        TrackingService tracking = ctx.getBean(TrackingService.class);
        Supplier<Integer> baseline = () -> {
            long total = 0;
            for (String key : BASELINE_TASKS) {
                total += tasks.createTaskQuery().taskDefinitionKey(key).count();
            }
            return (int) total
                    + tasks.createTaskQuery()
                            .processDefinitionKey(BASELINE_KEY)
                            .orderByTaskCreateTime()
                            .asc()
                            .listPage(0, 50)
                            .size();
        };
        latency(
                "S4",
                "dashboard",
                "ratio ≤ 1.0; p95 ≤ 100 ms on MySQL",
                () -> as("admin", () -> {
                    CycleOverview overview = tracking.overview(YEAR, 50);
                    return overview.countsByStep().size()
                            + overview.waitingLongest().size();
                }),
                baseline);
        latency(
                "S4",
                "dashboard_all_reports",
                "(today's tracking screen)",
                () -> as("admin", () -> allReports(tracking)),
                baseline);
    }

    private static int allReports(TrackingService tracking) {
        List<ReportSummary> year =
                tracking.allReports().stream().filter(r -> r.year() == YEAR).toList();
        Map<Step, Long> counts = year.stream()
                .collect(Collectors.groupingBy(
                        ReportSummary::step, () -> new EnumMap<>(Step.class), Collectors.counting()));
        List<ReportSummary> page = year.stream()
                .filter(r -> r.step() != Step.PUBLISHED)
                .sorted(Comparator.comparing(ReportSummary::stepSince))
                .limit(50)
                .toList();
        return counts.size() + page.size();
    }

    // S2 ---------------------------------------------------------------------------------------------------

    /**
     * Step throughput at 1 and 4 threads: each run takes fresh reports at drafting and drives each through
     * save, submit, legal review, two leaders' sign-offs, the committee record, report-up, the office's
     * acceptance and publication, every step as the person who acts; the baseline completes the five tasks
     * of the same units' instances (task query + complete per step).
     */
    private void s2() {
        requireOpened();
        for (int threads : new int[] {1, 4}) {
            drive(take(WARMUP), threads, true);
            drive(take(WARMUP), threads, false);
            List<Double> appRate = new ArrayList<>();
            List<Double> baseRate = new ArrayList<>();
            List<Double> app50 = new ArrayList<>();
            List<Double> app95 = new ArrayList<>();
            List<Double> base50 = new ArrayList<>();
            List<Double> base95 = new ArrayList<>();
            for (int run = 0; run < scale.runs(); run++) {
                List<BenchUnit> batch = take(scale.s2Reports());
                stepTimes.clear();
                Drive app = drive(batch, threads, true);
                Drive base = drive(batch, threads, false);
                logStepTimes(threads);
                appRate.add(app.stepsPerSecond());
                baseRate.add(base.stepsPerSecond());
                app50.add(BenchResults.percentileMs(app.latencies(), 50));
                app95.add(BenchResults.percentileMs(app.latencies(), 95));
                base50.add(BenchResults.percentileMs(base.latencies(), 50));
                base95.add(BenchResults.percentileMs(base.latencies(), 95));
                log("S2 " + threads + " thread(s) run " + run + ": app " + fmt(app.stepsPerSecond())
                        + " steps/s, baseline " + fmt(base.stepsPerSecond()) + " steps/s");
            }
            String t = "_" + threads + "t";
            BenchResults.add(new Figure(
                    "S2",
                    db,
                    "steps_per_s" + t,
                    "1/s",
                    Kind.RATE,
                    appRate,
                    baseRate,
                    threads == 4 ? "ratio ≤ 1.4" : null,
                    null));
            BenchResults.add(new Figure("S2", db, "step_p50" + t, "ms", Kind.TIME, app50, base50, null, null));
            BenchResults.add(new Figure("S2", db, "step_p95" + t, "ms", Kind.TIME, app95, base95, null, null));
            BenchResults.write();
        }
    }

    private record Drive(double stepsPerSecond, long[] latencies) {}

    /** The app's p50 and total per kind of step in the last run, to see which steps take the time. */
    private void logStepTimes(int threads) {
        StringBuilder line = new StringBuilder("S2 " + threads + " thread(s) app steps (p50 ms / total ms):");
        stepTimes.forEach((label, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).toArray();
            line.append(' ')
                    .append(label)
                    .append(' ')
                    .append(fmt(BenchResults.percentileMs(t, 50)))
                    .append('/')
                    .append(Math.round(Arrays.stream(t).sum() / 1e6))
                    .append(';');
        });
        log(line.toString());
    }

    private List<BenchUnit> take(int n) {
        List<BenchUnit> batch = new ArrayList<>();
        while (batch.size() < n && s2Cursor > BenchData.UNITS_PER_LEGAL) {
            batch.add(units.get(s2Cursor--));
        }
        if (batch.size() < n) {
            throw new IllegalStateException("not enough units left at drafting for S2");
        }
        return batch;
    }

    private Drive drive(List<BenchUnit> batch, int threads, boolean app) {
        int stepsPerReport = app ? 9 : BASELINE_TASKS.length;
        long[] latencies = new long[batch.size() * stepsPerReport];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < batch.size(); i += threads) {
                        if (app) {
                            appSteps(batch.get(i), latencies, next);
                        } else {
                            baselineSteps(batch.get(i), latencies, next);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return new Drive(latencies.length / ((System.nanoTime() - t0) / 1e9), latencies);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void appSteps(BenchUnit u, long[] latencies, AtomicInteger next) {
        Long id = reportOfUnit.get(u.id());
        ReportService reports = ctx.getBean(ReportService.class);
        ReviewService review = ctx.getBean(ReviewService.class);
        SignoffService signoff = ctx.getBean(SignoffService.class);
        CommitteeService committee = ctx.getBean(CommitteeService.class);
        PublicationService publication = ctx.getBean(PublicationService.class);
        OfficeReviewService office = ctx.getBean(OfficeReviewService.class);
        timed(
                "save",
                latencies,
                next,
                u.drafter(),
                () -> reports.save(id, Map.of(Part.OTHER, new PartEdit("本年度无其他需要报告的情况。", null)), "bench"));
        timed("submit", latencies, next, u.drafter(), () -> review.submit(id, null));
        timed("pass", latencies, next, u.legal(), () -> review.pass(id, "同意"));
        timed("sign 1", latencies, next, u.leader(1), () -> signoff.approve(id, "同意", false));
        timed("sign 2", latencies, next, u.leader(2), () -> signoff.approve(id, "同意", true));
        timed(
                "committee",
                latencies,
                next,
                u.secretary(),
                () -> committee.recordMeeting(
                        id,
                        new MeetingRecord(
                                "党工委会议", LocalDate.of(YEAR + 1, 2, 18), "第1次", "9/9", MeetingOutcome.APPROVED, null)));
        timed("report up", latencies, next, u.drafter(), () -> publication.reportUp(id, null));
        timed("accept", latencies, next, "admin", () -> office.accept(id, null));
        timed("publish", latencies, next, u.drafter(), () -> publication.publish(id, PublishRequest.defaults()));
    }

    private void timed(String label, long[] latencies, AtomicInteger next, String user, Supplier<?> step) {
        long t0 = System.nanoTime();
        as(user, step);
        long took = System.nanoTime() - t0;
        latencies[next.getAndIncrement()] = took;
        stepTimes.computeIfAbsent(label, k -> new ConcurrentLinkedQueue<>()).add(took);
    }

    private void baselineSteps(BenchUnit u, long[] latencies, AtomicInteger next) {
        String pid = baselineOfUnit.get(u.id());
        for (int i = 0; i < BASELINE_TASKS.length; i++) {
            long t0 = System.nanoTime();
            completeBaselineTask(pid);
            latencies[next.getAndIncrement()] = System.nanoTime() - t0;
        }
    }

    private void completeBaselineTask(String pid) {
        Task task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        tasks.complete(task.getId(), Map.of("decision", "pass"));
    }

    // S5–S7 ------------------------------------------------------------------------------------------------

    /**
     * Public search: a Chinese phrase over every published report, first page of 20, through the portal's
     * {@link PublicSearch} (no baseline). The generator filled the search index (the application's bulk
     * indexer); whatever it lacks is indexed first (untimed, noted).
     */
    private void s5() {
        long t0 = System.currentTimeMillis();
        int indexed = ctx.getBean(SearchIndex.class).indexMissing();
        Long postings = jdbc.queryForObject("SELECT COUNT(*) FROM rc_search_gram", Long.class);
        BenchResults.note("- " + db + ": search index holds " + postings + " postings; " + indexed
                + " published reports were missing from it, indexed in " + (System.currentTimeMillis() - t0) / 1000
                + " s");
        PublicSearch search = ctx.getBean(PublicSearch.class);
        latency(
                "S5",
                "public_search",
                "p95 ≤ 200 ms",
                () -> search.search("行政执法", PublicSearch.Filter.none(), 0, 20)
                        .hits()
                        .size(),
                null);
    }

    /** Import preview of every fixture: mean per report, and the largest (about 15,000 characters). */
    private void s6() {
        ReportImporter importer = ctx.getBean(ReportImporter.class);
        List<FixtureReports.Fixture> fixtures = FixtureReports.all();
        Map<String, byte[]> files = new HashMap<>();
        fixtures.forEach(f -> files.put(f.file(), resource("/fixtures/reports/" + f.file())));
        String largest = FixtureReports.largest().file();
        for (int i = 0; i < WARMUP; i++) {
            files.forEach(importer::preview);
        }
        List<Double> mean = new ArrayList<>();
        List<Double> big = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            long all = 0;
            long largestNanos = 0;
            for (int round = 0; round < 5; round++) {
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    long t0 = System.nanoTime();
                    importer.preview(e.getKey(), e.getValue());
                    long took = System.nanoTime() - t0;
                    all += took;
                    if (e.getKey().equals(largest)) {
                        largestNanos += took;
                    }
                }
            }
            mean.add(all / 1e6 / (5.0 * files.size()));
            big.add(largestNanos / 1e6 / 5.0);
        }
        BenchResults.add(
                new Figure("S6", "jvm", "import_preview_per_report", "ms", Kind.TIME, mean, List.of(), null, null));
        BenchResults.add(
                new Figure("S6", "jvm", "import_preview_largest", "ms", Kind.TIME, big, List.of(), "≤ 100 ms", null));
    }

    /** PDF and .docx export of the largest fixture. */
    private void s7() {
        ReportExporter exporter = ctx.getBean(ReportExporter.class);
        FixtureReports.Fixture f = FixtureReports.largest();
        ExportDocument doc =
                new ExportDocument(f.text().title(), f.unit(), LocalDate.of(f.year() + 1, 2, 20), f.text());
        for (int i = 0; i < WARMUP; i++) {
            exporter.toPdf(doc);
            exporter.toDocx(doc);
        }
        List<Double> pdf = new ArrayList<>();
        List<Double> docx = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            long p = 0;
            long d = 0;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                exporter.toPdf(doc);
                long t1 = System.nanoTime();
                exporter.toDocx(doc);
                p += t1 - t0;
                d += System.nanoTime() - t1;
            }
            pdf.add(p / 5e6);
            docx.add(d / 5e6);
        }
        BenchResults.add(new Figure("S7", "jvm", "export_pdf_largest", "ms", Kind.TIME, pdf, List.of(), "≤ 1 s", null));
        BenchResults.add(
                new Figure("S7", "jvm", "export_docx_largest", "ms", Kind.TIME, docx, List.of(), "≤ 1 s", null));
    }

    // helpers ----------------------------------------------------------------------------------------------

    /**
     * p50 and p95 of a query, app and baseline alternating: a warm-up, then per run {@code samples} queries of
     * each side. Notes a difference in the number of rows the two sides return.
     */
    private void latency(
            String scenario, String metric, String target, Supplier<Integer> app, Supplier<Integer> baseline) {
        int appRows = 0;
        int baseRows = 0;
        for (int i = 0; i < WARMUP; i++) {
            appRows = app.get();
            baseRows = baseline == null ? 0 : baseline.get();
        }
        log(scenario + " " + metric + ": app returns " + appRows + ", baseline " + baseRows);
        List<Double> a50 = new ArrayList<>();
        List<Double> a95 = new ArrayList<>();
        List<Double> b50 = new ArrayList<>();
        List<Double> b95 = new ArrayList<>();
        for (int run = 0; run < scale.runs(); run++) {
            long[] a = new long[scale.samples()];
            long[] b = new long[scale.samples()];
            for (int i = 0; i < scale.samples(); i++) {
                long t0 = System.nanoTime();
                app.get();
                long t1 = System.nanoTime();
                if (baseline != null) {
                    baseline.get();
                }
                b[i] = System.nanoTime() - t1;
                a[i] = t1 - t0;
            }
            a50.add(BenchResults.percentileMs(a, 50));
            a95.add(BenchResults.percentileMs(a, 95));
            if (baseline != null) {
                b50.add(BenchResults.percentileMs(b, 50));
                b95.add(BenchResults.percentileMs(b, 95));
            }
        }
        BenchResults.add(new Figure(scenario, db, metric + "_p50", "ms", Kind.TIME, a50, b50, target, null));
        BenchResults.add(new Figure(scenario, db, metric + "_p95", "ms", Kind.TIME, a95, b95, target, null));
    }

    private void requireOpened() {
        if (reportOfUnit.size() < units.size() || baselineOfUnit.size() < units.size()) {
            throw new IllegalStateException("S1 did not leave every unit's report running");
        }
    }

    private String databaseVersion() {
        try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown database";
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Scenarios.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void log(String line) {
        System.out.println(
                "[bench " + db + " " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + "s] " + line);
    }

    private static String fmt(double v) {
        return BenchResults.fmt(v);
    }
}
