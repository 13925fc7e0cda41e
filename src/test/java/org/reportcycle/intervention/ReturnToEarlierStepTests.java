package org.reportcycle.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.intervention.ReturnService.ReturnTarget;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Return to any earlier step by the person deciding (issue 20): after each return, the open task, its candidates,
 * the report's step and the audit record; and what each role may not do.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReturnToEarlierStepTests {

    @Autowired
    TestData data;

    @Autowired
    ReturnService returns;

    @Autowired
    SignoffService signoff;

    @Autowired
    ReportRepository reports;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    /** This class's cycle year (each test has a unit of its own); the MySQL variant picks one before 2038. */
    protected int year() {
        return 2345;
    }

    @Test
    void a_leader_returns_to_legal_review_and_the_legal_advisor_has_it_again() {
        TestUnit unit = data.unit("退回审查街道", 3);
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, id);
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));

        assertThat(as(unit.leader(2), () -> returns.targets(id)))
                .extracting(ReturnTarget::step, ReturnTarget::signer, ReturnTarget::signerName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Step.DRAFT, null, null),
                        org.assertj.core.groups.Tuple.tuple(Step.LEGAL_REVIEW, null, null),
                        org.assertj.core.groups.Tuple.tuple(Step.LEADER_SIGNOFF, 1, unit.leaderName(1)));
        Step at = as(
                unit.leader(2),
                () -> returns.returnTo(id, new ReturnTarget(Step.LEGAL_REVIEW, null, null), "第三部分依据需复核"));

        assertThat(at).isEqualTo(Step.LEGAL_REVIEW);
        assertOpen(id, "legalReview", "u" + unit.id() + ":LEGAL", Step.LEGAL_REVIEW);
        assertThat(lastAudit(id))
                .contains("\"from\":\"LEADER_SIGNOFF\"")
                .contains("\"fromSigner\":2")
                .contains("\"to\":\"LEGAL_REVIEW\"")
                .contains("第三部分依据需复核");
    }

    @Test
    void a_leader_returns_to_a_leader_who_signed_before_and_only_that_leader_has_it() {
        TestUnit unit = data.unit("退回领导街道", 3);
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, id);
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        as(unit.leader(2), () -> signoff.approve(id, "同意", false));

        as(unit.leader(3), () -> returns.returnTo(id, new ReturnTarget(Step.LEADER_SIGNOFF, 1, null), "请再斟酌措辞"));

        assertOpen(id, "leaderSignoff", "u" + unit.id() + ":LEADER:1", Step.LEADER_SIGNOFF);
        assertThat(lastAudit(id)).contains("\"toSigner\":1").contains("\"fromSigner\":3");
        // the first leader signs again and the chain goes on in order
        as(unit.leader(1), () -> signoff.approve(id, "已斟酌", false));
        assertOpen(id, "leaderSignoff", "u" + unit.id() + ":LEADER:2", Step.LEADER_SIGNOFF);
    }

    @Test
    void the_secretary_at_the_committee_returns_to_any_signer() {
        TestUnit unit = data.unit("退回秘书街道");
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.COMMITTEE, unit, id);

        assertThat(as(unit.secretary(), () -> returns.targets(id)))
                .extracting(ReturnTarget::step, ReturnTarget::signer)
                .contains(org.assertj.core.groups.Tuple.tuple(Step.LEADER_SIGNOFF, 2));
        as(unit.secretary(), () -> returns.returnTo(id, new ReturnTarget(Step.LEADER_SIGNOFF, 2, null), "请主要领导再审"));

        assertOpen(id, "leaderSignoff", "u" + unit.id() + ":LEADER:2", Step.LEADER_SIGNOFF);
    }

    @Test
    void the_office_returns_a_filed_report_to_drafting() {
        TestUnit unit = data.unit("退回上级街道");
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.OFFICE_REVIEW, unit, id);

        as(data.admin(), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), "内容需重新起草"));

        assertOpen(id, "draft", "u" + unit.id() + ":DRAFTER", Step.DRAFT);
        assertThat(lastAudit(id)).contains("\"from\":\"OFFICE_REVIEW\"").contains("\"to\":\"DRAFT\"");
    }

    @Test
    void each_role_returns_only_to_what_it_may_and_only_when_deciding() {
        TestUnit unit = data.unit("退回限制街道", 3);
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, id);
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));

        // not a signer before the caller: the third leader has not signed
        assertThatThrownBy(() -> as(
                        unit.leader(2),
                        () -> returns.returnTo(id, new ReturnTarget(Step.LEADER_SIGNOFF, 3, null), "x")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.notAnEarlierStep");
        // not the leader whose turn it is
        assertThatThrownBy(() ->
                        as(unit.leader(3), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), "x")))
                .isInstanceOf(AccessDeniedException.class);
        // not deciding at all
        assertThatThrownBy(() ->
                        as(unit.drafter(), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(unit.drafter(), () -> returns.targets(id))).isEmpty();
        // a reason is required
        assertThatThrownBy(() ->
                        as(unit.leader(2), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), " ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.reasonRequired");
        // nothing changed
        assertOpen(id, "leaderSignoff", "u" + unit.id() + ":LEADER:2", Step.LEADER_SIGNOFF);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = 'report.returnedTo'",
                        Integer.class,
                        id))
                .isZero();
    }

    private void assertOpen(Long id, String taskKey, String group, Step step) {
        var report = reports.findById(id).orElseThrow();
        assertThat(report.getStep()).isEqualTo(step);
        List<Task> open = tasks.createTaskQuery()
                .processInstanceId(report.getProcessInstanceId())
                .list();
        assertThat(open).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo(taskKey);
        assertThat(tasks.getIdentityLinksForTask(open.getFirst().getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly(group);
    }

    private String lastAudit(Long id) {
        return jdbc.queryForObject(
                "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'report.returnedTo' ORDER BY seq DESC "
                        + "LIMIT 1",
                String.class,
                id);
    }
}
