package org.reportcycle.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CoSigning.CoSigner;
import org.reportcycle.audit.DecisionHistory;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.intervention.ReturnService;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.CurrentTask;
import org.reportcycle.workflow.ProcessDiagram;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * 会签 (issue 20) on every path: co-signers in parallel, then the ordered chain, then the committee; one return ends
 * the co-signing; a unit without co-signers keeps its chain; co-signers alone go straight to the committee. After
 * each step: the report's step, whose inbox holds it, the audit record. H2 report years 2440–2459.
 */
@SpringBootTest
@ActiveProfiles("test")
class CoSigningTests {

    @Autowired
    TestData data;

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
    DecisionHistory history;

    @Autowired
    FlowControlService flowControl;

    @Autowired
    DelegationService delegation;

    @Autowired
    ProcessDiagram diagram;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgressService progress;

    @Autowired
    ReturnService returns;

    @Test
    void all_co_signers_agree_then_the_final_signer_signs_and_the_committee_follows() {
        TestUnit unit = setup.unit("会签街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2440, unit);

        assertThat(step(unit, id)).isEqualTo(Step.CO_SIGN);
        CurrentTask task = as(unit.drafter(), () -> workflow.currentTask(id)).orElseThrow();
        assertThat(task.candidates())
                .containsExactlyInAnyOrder("u" + unit.id() + ":LEADER:1", "u" + unit.id() + ":LEADER:2");
        assertThat(inbox(unit.leader(1), id)).containsExactly(Step.CO_SIGN);
        assertThat(inbox(unit.leader(2), id)).containsExactly(Step.CO_SIGN);
        assertThat(inbox(unit.leader(3), id)).isEmpty();
        assertThat(as(unit.drafter(), () -> coSigning.coSigners(id)))
                .extracting(CoSigner::name, CoSigner::waiting)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(unit.leaderName(1), true),
                        org.assertj.core.groups.Tuple.tuple(unit.leaderName(2), true));

        as(unit.leader(2), () -> coSigning.approve(id, "同意。", false));
        assertThat(step(unit, id)).isEqualTo(Step.CO_SIGN);
        assertThat(lastAudit(id)).isEqualTo("cosign.agreed");
        assertThat(inbox(unit.leader(2), id)).isEmpty();
        assertThat(inbox(unit.leader(1), id)).containsExactly(Step.CO_SIGN);
        assertThat(as(unit.leader(2), () -> coSigning.awaitsCaller(id))).isFalse();
        assertThatThrownBy(() -> as(unit.leader(2), () -> coSigning.approve(id, "再次同意", false)))
                .isInstanceOf(AccessDeniedException.class);

        as(unit.leader(1), () -> coSigning.approve(id, "同意，建议补充数据。", false));
        assertThat(step(unit, id)).isEqualTo(Step.LEADER_SIGNOFF);
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:3");
        assertThat(inbox(unit.leader(3), id)).containsExactly(Step.LEADER_SIGNOFF);
        assertThat(inbox(unit.leader(1), id)).isEmpty();
        assertThat(as(unit.leader(3), () -> signoff.turn(id)).orElseThrow().last())
                .isTrue();

        assertThatThrownBy(() -> as(unit.leader(3), () -> signoff.approve(id, "同意", false)))
                .isInstanceOf(UserFacingException.class);
        as(unit.leader(3), () -> signoff.approve(id, "同意", true));
        assertThat(step(unit, id)).isEqualTo(Step.COMMITTEE);

        List<DecisionHistory.Decision> decisions = as(unit.drafter(), () -> history.of(unit.id(), id));
        assertThat(decisions)
                .filteredOn(d -> d.action().equals("cosign.agreed"))
                .extracting(DecisionHistory.Decision::person, DecisionHistory.Decision::written)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(unit.leaderName(2), "同意。"),
                        org.assertj.core.groups.Tuple.tuple(unit.leaderName(1), "同意，建议补充数据。"));
    }

    @Test
    void one_co_signer_returning_sends_the_report_back_to_drafting_and_ends_the_others_tasks() {
        TestUnit unit = setup.unit("会签退回街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2441, unit);
        as(unit.leader(1), () -> coSigning.approve(id, "同意", false));
        assertThatThrownBy(() -> as(unit.leader(2), () -> coSigning.returnReport(id, " ")))
                .isInstanceOf(UserFacingException.class);
        assertThat(step(unit, id)).isEqualTo(Step.CO_SIGN);

        as(unit.leader(2), () -> coSigning.returnReport(id, "数据有误，请核实。"));

        assertThat(step(unit, id)).isEqualTo(Step.DRAFT);
        assertThat(inbox(unit.drafter(), id)).containsExactly(Step.DRAFT);
        assertThat(inbox(unit.leader(1), id)).isEmpty();
        assertThat(inbox(unit.leader(2), id)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_open_task WHERE report_id = ? AND task_key = 'coSign'",
                        Integer.class,
                        id))
                .isZero();
        assertThat(lastAudit(id)).isEqualTo("cosign.returned");
        DecisionHistory.Decision last =
                as(unit.drafter(), () -> history.of(unit.id(), id)).getLast();
        assertThat(last.person()).isEqualTo(unit.leaderName(2));
        assertThat(last.written()).isEqualTo("数据有误，请核实。");
        assertThat(last.isReturn()).isTrue();
    }

    @Test
    void the_first_return_ends_the_co_signing_even_before_anyone_agreed() {
        TestUnit unit = setup.unit("会签先退街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2442, unit);
        as(unit.leader(1), () -> coSigning.returnReport(id, "请重写第二部分。"));
        assertThat(step(unit, id)).isEqualTo(Step.DRAFT);
        assertThat(inbox(unit.leader(2), id)).isEmpty();
        assertThatThrownBy(() -> as(unit.leader(2), () -> coSigning.approve(id, "同意", false)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_unit_without_co_signers_keeps_its_ordered_chain() {
        TestUnit unit = setup.unit("无会签街道", 2);
        Long id = setup.reportAtSignoff(2443, unit);
        assertThat(step(unit, id)).isEqualTo(Step.LEADER_SIGNOFF);
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:1");
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:2");
        as(unit.leader(2), () -> signoff.approve(id, "同意", true));
        assertThat(step(unit, id)).isEqualTo(Step.COMMITTEE);
        assertThat(as(unit.drafter(), () -> coSigning.coSigners(id))).isEmpty();
    }

    @Test
    void co_signers_with_no_leader_after_them_go_straight_to_the_committee_attesting_the_review() {
        TestUnit unit = setup.unit("全员会签街道", 2, 1, 2);
        Long id = setup.reportAtSignoff(2444, unit);
        assertThat(as(unit.leader(1), () -> coSigning.finalSigners(id))).isTrue();
        assertThatThrownBy(() -> as(unit.leader(1), () -> coSigning.approve(id, "同意", false)))
                .isInstanceOf(UserFacingException.class);
        assertThat(inbox(unit.leader(1), id)).containsExactly(Step.CO_SIGN);

        as(unit.leader(1), () -> coSigning.approve(id, "同意", true));
        as(unit.leader(2), () -> coSigning.approve(id, "同意", true));

        assertThat(step(unit, id)).isEqualTo(Step.COMMITTEE);
        assertThat(inbox(unit.secretary(), id)).containsExactly(Step.COMMITTEE);
    }

    @Test
    void a_leader_of_another_unit_or_outside_the_co_signers_is_refused_and_a_blank_opinion_changes_nothing() {
        TestUnit unit = setup.unit("会签拒绝街道", 3, 1, 2);
        TestUnit other = setup.unit("他单位街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2445, unit);

        assertThatThrownBy(() -> as(other.leader(1), () -> coSigning.approve(id, "同意", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.leader(1), () -> coSigning.returnReport(id, "退回")))
                .isInstanceOf(AccessDeniedException.class);
        // the final signer is a leader of the unit but not a co-signer: not theirs to decide yet
        assertThatThrownBy(() -> as(unit.leader(3), () -> coSigning.approve(id, "同意", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(unit.leader(1), () -> coSigning.approve(id, "  ", false)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("error.coSignOpinionRequired");

        assertThat(step(unit, id)).isEqualTo(Step.CO_SIGN);
        assertThat(inbox(unit.leader(1), id)).containsExactly(Step.CO_SIGN);
        assertThat(inbox(unit.leader(2), id)).containsExactly(Step.CO_SIGN);
        assertThat(lastAudit(id)).isNotEqualTo("cosign.agreed");
    }

    @Test
    void the_administrators_return_ends_an_open_co_signing() {
        TestUnit unit = setup.unit("会签管理员退回街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2446, unit);
        as(unit.leader(1), () -> coSigning.approve(id, "同意", false));

        as(data.admin(), () -> flowControl.returnTo(id, Step.LEGAL_REVIEW, "需重新审查"));

        assertThat(step(unit, id)).isEqualTo(Step.LEGAL_REVIEW);
        assertThat(inbox(unit.leader(2), id)).isEmpty();
        assertThat(inbox(unit.legal(), id)).containsExactly(Step.LEGAL_REVIEW);
        assertThatThrownBy(() -> as(data.admin(), () -> flowControl.returnTo(id, Step.CO_SIGN, "会签")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_co_signers_delegate_co_signs_for_them() {
        TestUnit unit = setup.unit("会签委派街道", 3, 1, 2);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        as(unit.leader(1), () -> delegation.delegate(unit.id(), unit.secretary(), today, today.plusDays(3), "出差"));
        Long id = setup.reportAtSignoff(2447, unit);

        assertThat(inbox(unit.secretary(), id)).containsExactly(Step.CO_SIGN);
        as(unit.secretary(), () -> coSigning.approve(id, "代为同意", false));
        as(unit.leader(2), () -> coSigning.approve(id, "同意", false));

        assertThat(step(unit, id)).isEqualTo(Step.LEADER_SIGNOFF);
        DecisionHistory.Decision first = as(unit.drafter(), () -> history.of(unit.id(), id)).stream()
                .filter(d -> d.action().equals("cosign.agreed"))
                .findFirst()
                .orElseThrow();
        assertThat(first.person()).isEqualTo(unit.secretaryName());
        assertThat(first.onBehalfOf()).isEqualTo(unit.leaderName(1));
    }

    @Test
    void the_progress_diagram_draws_the_co_signing_as_the_current_step() {
        TestUnit unit = setup.unit("会签图街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2448, unit);
        String svg = as(unit.drafter(), () -> diagram.svg(id, java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(svg).containsPattern("id=\"node-coSign\"[^>]*>\\s*<[^>]*class=\"n current\"");
        assertThat(svg).contains("会签");
    }

    @Test
    void after_co_signing_the_chain_counts_only_the_other_leaders_for_returns_and_progress() {
        TestUnit unit = setup.unit("会签链街道", 3, 1);
        Long id = setup.reportAtSignoff(2453, unit);
        assertThat(as(unit.drafter(), () -> progress.progress(id)))
                .extracting(ProgressService.ProgressStep::step, ProgressService.ProgressStep::state)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Step.CO_SIGN, ProgressService.State.CURRENT),
                        org.assertj.core.groups.Tuple.tuple(Step.LEADER_SIGNOFF, ProgressService.State.TO_COME));
        as(unit.leader(1), () -> coSigning.approve(id, "同意", false));
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:2");
        as(unit.leader(2), () -> signoff.approve(id, "同意", false));
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:3");

        List<ReturnService.ReturnTarget> targets = as(unit.leader(3), () -> returns.targets(id));
        assertThat(targets)
                .filteredOn(t -> t.step() == Step.LEADER_SIGNOFF)
                .extracting(ReturnService.ReturnTarget::signer, ReturnService.ReturnTarget::signerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, unit.leaderName(2)));
        as(
                unit.leader(3),
                () -> returns.returnTo(
                        id,
                        targets.stream()
                                .filter(t -> t.step() == Step.LEADER_SIGNOFF)
                                .findFirst()
                                .orElseThrow(),
                        "请再核"));
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .candidates())
                .containsExactly("u" + unit.id() + ":LEADER:2");
    }

    private List<Step> inbox(String username, Long reportId) {
        return as(username, () -> workflow.myInbox()).stream()
                .filter(t -> t.reportId().equals(reportId))
                .map(TaskItem::step)
                .toList();
    }

    private Step step(TestUnit unit, Long id) {
        return as(unit.drafter(), () -> reports.view(id)).step();
    }

    private String lastAudit(Long id) {
        return jdbc.queryForObject(
                "SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq DESC LIMIT 1", String.class, id);
    }
}
