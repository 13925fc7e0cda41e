package org.reportcycle.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 会签 on a real MySQL/MariaDB (MYSQL_URL …, see {@code .ci/run}): the parallel co-signing with its open-task rows,
 * the final signer, the committee; and a return that ends the others' tasks. Report years 2041–2042 of the suite's
 * shared database.
 */
@Tag("mysql")
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
class CoSigningMySqlTests {

    @Autowired
    CoSignSetup setup;

    @Autowired
    CoSigning coSigning;

    @Autowired
    SignoffService signoff;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void co_signers_in_parallel_then_the_final_signer_then_the_committee() {
        TestUnit unit = setup.unit("数据库会签街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2041, unit);
        assertThat(openCoSignTasks(id)).isEqualTo(2);
        assertThat(inbox(unit.leader(1), id)).isTrue();
        assertThat(inbox(unit.leader(2), id)).isTrue();

        as(unit.leader(1), () -> coSigning.approve(id, "同意", false));
        assertThat(openCoSignTasks(id)).isEqualTo(1);
        assertThat(step(unit, id)).isEqualTo(Step.CO_SIGN);
        as(unit.leader(2), () -> coSigning.approve(id, "同意", false));
        assertThat(step(unit, id)).isEqualTo(Step.LEADER_SIGNOFF);
        assertThat(inbox(unit.leader(3), id)).isTrue();

        as(unit.leader(3), () -> signoff.approve(id, "同意", true));
        assertThat(step(unit, id)).isEqualTo(Step.COMMITTEE);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE report_id = ? AND action LIKE 'cosign.%' ORDER BY seq",
                        String.class, id))
                .containsExactly("cosign.agreed", "cosign.agreed");
    }

    @Test
    void one_return_ends_the_co_signing_for_everyone() {
        TestUnit unit = setup.unit("数据库会签退回街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2042, unit);
        as(unit.leader(2), () -> coSigning.returnReport(id, "请核实数据"));
        assertThat(step(unit, id)).isEqualTo(Step.DRAFT);
        assertThat(openCoSignTasks(id)).isZero();
        assertThat(inbox(unit.leader(1), id)).isFalse();
    }

    private int openCoSignTasks(Long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_open_task WHERE report_id = ? AND task_key = 'coSign'", Integer.class, id);
    }

    private boolean inbox(String username, Long id) {
        return as(username, () -> workflow.myInbox()).stream()
                .map(TaskItem::reportId)
                .anyMatch(id::equals);
    }

    private Step step(TestUnit unit, Long id) {
        return as(unit.drafter(), () -> reports.view(id)).step();
    }
}
