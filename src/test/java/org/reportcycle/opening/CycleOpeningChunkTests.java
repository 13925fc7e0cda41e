package org.reportcycle.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The background opening commits a chunk at a time: a chunk that fails takes back its own reports,
 * processes and audit records only; the chunks before it stay opened and running the opening again opens
 * the rest, each unit once.
 */
@SpringBootTest(properties = "reportcycle.opening.chunk-size=2")
@ActiveProfiles("test")
class CycleOpeningChunkTests {

    @Autowired
    TestData data;

    @Autowired
    CycleOpeningJobs jobs;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CycleOpeningService opening;

    @Autowired
    org.reportcycle.delegation.DelegationService delegation;

    @Autowired
    org.reportcycle.notification.NotificationService notices;

    @MockitoSpyBean
    OrganizationService organization;

    @AfterEach
    void noMoreFailures() {
        reset(organization);
    }

    @Test
    void a_failed_chunk_leaves_the_chunks_before_it_opened_and_the_rest_is_opened_by_running_again() throws Exception {
        List<TestUnit> units =
                List.of(data.unit("块一街道"), data.unit("块二街道"), data.unit("块三街道"), data.unit("块四街道"), data.unit("块五街道"));
        List<Long> ids = units.stream().map(TestUnit::id).sorted().toList();
        Long failing = ids.get(2); // the first unit of the second chunk (chunks go by unit id)
        doAnswer(call -> {
                    Collection<?> asked = call.getArgument(0);
                    if (asked.contains(failing)) {
                        throw new IllegalStateException("database went away");
                    }
                    return call.callRealMethod();
                })
                .when(organization)
                .leaderCounts(anyCollection());
        String admin = data.admin();
        int year = 2091;

        long first = as(admin, () -> jobs.start(year, ids, Map.of()));
        CycleOpeningJobs.Progress failed = awaitEnd(admin, first);

        assertThat(failed.state()).isEqualTo(CycleOpeningJobs.State.FAILED);
        assertThat(failed.error()).contains("database went away");
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        assertThat(openedUnits(cycleId)).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(openedAudits(cycleId)).isEqualTo(2);
        assertThat(runningProcesses(cycleId)).isEqualTo(2);

        reset(organization);
        long second = as(admin, () -> jobs.start(year, ids, Map.of()));
        CycleOpeningJobs.Progress done = awaitEnd(admin, second);

        assertThat(done.state()).isEqualTo(CycleOpeningJobs.State.DONE);
        assertThat(done.done()).isEqualTo(5);
        assertThat(openedUnits(cycleId)).containsExactlyElementsOf(ids);
        assertThat(openedAudits(cycleId)).isEqualTo(5);
        assertThat(runningProcesses(cycleId)).isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_report_version v JOIN rc_report r ON r.id = v.report_id"
                                + " WHERE r.cycle_id = ?",
                        Integer.class,
                        cycleId))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_report_part p JOIN rc_report r ON r.id = p.report_id"
                                + " WHERE r.cycle_id = ?",
                        Integer.class,
                        cycleId))
                .isEqualTo(5 * org.reportcycle.shared.Part.values().length);
    }

    @Test
    void a_failure_while_the_processes_start_takes_back_the_whole_group_reports_versions_parts_and_processes() {
        List<TestUnit> units = List.of(data.unit("原子一街道"), data.unit("原子二街道"), data.unit("原子三街道"));
        Long failing = units.get(1).id(); // its report is written when the process start asks for its due date
        doAnswer(call -> {
                    if (failing.equals(call.getArgument(0))) {
                        throw new IllegalStateException("database went away");
                    }
                    return call.callRealMethod();
                })
                .when(organization)
                .unit(org.mockito.ArgumentMatchers.any());
        String admin = data.admin();
        int year = 2420;
        List<Long> ids = units.stream().map(TestUnit::id).toList();

        assertThatThrownBy(() -> as(admin, () -> opening.open(year, ids, Map.of())))
                .rootCause()
                .hasMessage("database went away");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id WHERE c.report_year = ?",
                        Integer.class,
                        year))
                .isZero();
        assertThat(rowsOfUnits("rc_report_version v JOIN rc_report r ON r.id = v.report_id", ids))
                .isZero();
        assertThat(rowsOfUnits("rc_report_part p JOIN rc_report r ON r.id = p.report_id", ids))
                .isZero();
        assertThat(rowsOfUnits("rc_open_task r", ids)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE NAME_ = 'unitId' AND LONG_ IN (?, ?, ?)",
                        Integer.class,
                        ids.toArray()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE action = 'report.opened' AND unit_id IN (?, ?, ?)",
                        Integer.class,
                        ids.toArray()))
                .isZero();

        reset(organization);
        assertThat(as(admin, () -> opening.open(year, ids, Map.of()))).isEqualTo(3);
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        assertThat(openedUnits(cycleId)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(runningProcesses(cycleId)).isEqualTo(3);
        assertThat(openedAudits(cycleId)).isEqualTo(3);
        assertThat(rowsOfUnits("rc_open_task r", ids)).isEqualTo(3);
    }

    @Test
    void a_group_opened_together_gives_each_report_its_own_first_version_parts_process_and_due_date() {
        List<TestUnit> units = List.of(data.unit("成批一街道"), data.unit("成批二街道"), data.unit("成批三街道"));
        int year = 2421;
        Map<Long, ReportText> texts = Map.of(
                units.get(0).id(), TestData.compliantText(year), units.get(2).id(), TestData.compliantText(year));
        String admin = data.admin();

        assertThat(as(
                        admin,
                        () -> opening.open(
                                year, units.stream().map(TestUnit::id).toList(), texts)))
                .isEqualTo(3);

        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        LocalDate draftDue = cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.DRAFT);
        for (TestUnit unit : units) {
            Long reportId = report(year, unit);
            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT title, step, current_version, process_instance_id FROM rc_report WHERE id = ?", reportId);
            assertThat(row.get("title")).isEqualTo(unit.name() + year + "年法治政府建设年度报告");
            assertThat(row.get("step")).isEqualTo("DRAFT");
            assertThat(((Number) row.get("current_version")).intValue()).isEqualTo(1);
            ReportText given = texts.get(unit.id());
            String draftPart = jdbc.queryForObject(
                    "SELECT content FROM rc_report_part WHERE report_id = ? AND part = ?",
                    String.class,
                    reportId,
                    Part.values()[0].code());
            assertThat(draftPart).isEqualTo(given == null ? "" : given.part(Part.values()[0]));
            Map<String, Object> version = jdbc.queryForMap(
                    "SELECT version_no, author, reason, content FROM rc_report_version WHERE report_id = ?", reportId);
            assertThat(((Number) version.get("version_no")).intValue()).isEqualTo(1);
            assertThat(version.get("author")).isEqualTo(admin);
            assertThat(version.get("reason")).isEqualTo("CREATED");
            assertThat((String) version.get("content")).contains(unit.name() + year);
            if (given != null) {
                assertThat((String) version.get("content")).contains(given.part(Part.values()[0]));
            }
            Map<String, Object> task = jdbc.queryForMap(
                    "SELECT t.TASK_DEF_KEY_, t.DUE_DATE_ FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = ?",
                    row.get("process_instance_id"));
            assertThat(task.get("TASK_DEF_KEY_")).isEqualTo("draft");
            assertThat(((java.sql.Timestamp) task.get("DUE_DATE_"))
                            .toInstant()
                            .atZone(ZoneId.of("Asia/Shanghai"))
                            .toLocalDate())
                    .isEqualTo(draftDue);
        }
    }

    private int rowsOfUnits(String from, List<Long> unitIds) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + from + " WHERE r.unit_id IN (?, ?, ?)", Integer.class, unitIds.toArray());
    }

    @Test
    void an_opening_tells_each_unit_s_drafters_and_whoever_acts_for_them_that_day() {
        TestUnit away = data.unit("出差街道");
        TestUnit home = data.unit("在岗街道");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        as(away.drafter(), () -> delegation.delegate(away.id(), away.secretary(), today, today.plusDays(3), "出差"));
        String admin = data.admin();

        as(admin, () -> opening.open(2092, List.of(away.id(), home.id()), Map.of()));

        assertThat(taskNotices(away.drafter())).containsExactly("reports/" + report(2092, away));
        assertThat(taskNotices(away.secretary())).containsExactly("reports/" + report(2092, away));
        assertThat(taskNotices(home.drafter())).containsExactly("reports/" + report(2092, home));
        assertThat(taskNotices(home.secretary())).isEmpty();
    }

    private List<String> taskNotices(String username) {
        return as(username, () -> notices.myNotices(50, java.util.Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> n.kind().equals("task"))
                .map(org.reportcycle.notification.NoticeView::link)
                .toList();
    }

    private Long report(int year, TestUnit unit) {
        return jdbc.queryForObject(
                "SELECT r.id FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id"
                        + " WHERE c.report_year = ? AND r.unit_id = ?",
                Long.class,
                year,
                unit.id());
    }

    private List<Long> openedUnits(Long cycleId) {
        return jdbc.queryForList(
                "SELECT unit_id FROM rc_report WHERE cycle_id = ? ORDER BY unit_id", Long.class, cycleId);
    }

    private int openedAudits(Long cycleId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = 'report.opened' AND details LIKE ?",
                Integer.class,
                "%\"cycleId\":" + cycleId + ",%");
    }

    private int runningProcesses(Long cycleId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN rc_report r"
                        + " ON r.process_instance_id = e.ID_ WHERE r.cycle_id = ?",
                Integer.class,
                cycleId);
    }

    private CycleOpeningJobs.Progress awaitEnd(String admin, long job) throws InterruptedException {
        return CycleOpeningJobsTests.awaitEnd(jobs, admin, job);
    }
}
