package org.reportcycle.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.approval.AddedSigners.AddSigner;
import org.reportcycle.audit.DecisionHistory;
import org.reportcycle.audit.DecisionHistory.Decision;
import org.reportcycle.intervention.ReturnService;
import org.reportcycle.intervention.ReturnService.ReturnTarget;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * 加签 at sign-off (issue 20 item 4) through the services, as people would: after each step the open task (whose
 * inbox it is in), the report's step, the audit records and the timeline with names; and every refusal, with the
 * data unchanged.
 */
@SpringBootTest
@ActiveProfiles("test")
class AddedSignersTests {

    @Autowired
    TestData data;

    @Autowired
    AddedSigners added;

    @Autowired
    SignoffService signoff;

    @Autowired
    ReturnService returns;

    @Autowired
    WorkflowService workflow;

    @Autowired
    DecisionHistory history;

    @Autowired
    JdbcTemplate jdbc;

    /** This class's cycle year (each test has a unit of its own); the MySQL variant has its own. */
    protected int year() {
        return 2460;
    }

    @Test
    void a_signer_added_before_signs_first_then_the_leader_decides_as_usual() {
        TestUnit unit = data.unit("前加签街道");
        Long id = atSignoff(unit);

        as(unit.leader(1), () -> run(() -> added.add(id, before(unit.legal(), "请再核第三部分的依据"))));

        assertThat(openTask(id)).containsEntry("ASSIGNEE", unit.legal()).containsEntry("WAITING_GROUP", null);
        assertThat(inbox(unit.legal())).contains(id);
        assertThat(inbox(unit.leader(1))).doesNotContain(id);
        assertThat(step(id)).isEqualTo("LEADER_SIGNOFF");
        assertThat(lastAudit(id)).isEqualTo("signoff.signerAdded");
        assertThat(as(unit.leader(1), () -> added.waiting(id))).get().satisfies(w -> {
            assertThat(w.addedName()).isEqualTo(unit.legalName());
            assertThat(w.addedByName()).isEqualTo(unit.leaderName(1));
            assertThat(w.placement()).isEqualTo(Placement.BEFORE);
        });
        // nobody decides while the added person has it; the leader is told for whom it waits
        assertThatThrownBy(() -> as(unit.leader(1), () -> signoff.approve(id, "同意", false)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.addedSignerWaiting");
                    assertThat(e.args()).containsExactly(unit.legalName());
                });

        Step after = as(unit.legal(), () -> added.sign(id, "依据已核实，同意"));

        assertThat(after).isEqualTo(Step.LEADER_SIGNOFF);
        assertThat(openTask(id))
                .containsEntry("ASSIGNEE", null)
                .containsEntry("WAITING_GROUP", "u" + unit.id() + ":LEADER:1");
        assertThat(inbox(unit.leader(1))).contains(id);
        assertThat(inbox(unit.legal())).doesNotContain(id);
        assertThat(lastAudit(id)).isEqualTo("signoff.addedSignerSigned");
        assertThat(as(unit.leader(1), () -> added.waiting(id))).isEmpty();

        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        assertThat(openTask(id)).containsEntry("WAITING_GROUP", "u" + unit.id() + ":LEADER:2");

        List<Decision> timeline = as(unit.drafter(), () -> history.of(unit.id(), id));
        Decision addition = only(timeline, "signoff.signerAdded");
        assertThat(addition.person()).isEqualTo(unit.leaderName(1));
        assertThat(addition.outcome()).isEqualTo("signerAdded.BEFORE");
        assertThat(addition.written()).isEqualTo(unit.legalName() + "；请再核第三部分的依据");
        Decision opinion = only(timeline, "signoff.addedSignerSigned");
        assertThat(opinion.person()).isEqualTo(unit.legalName());
        assertThat(opinion.roleKey()).isEqualTo("decision.role.addedSigner");
        assertThat(opinion.written()).isEqualTo("依据已核实，同意");
        assertThat(timeline)
                .extracting(Decision::action)
                .containsSubsequence(
                        "review.passed", "signoff.signerAdded", "signoff.addedSignerSigned", "signoff.approved");
        assertThat(as(unit.leader(2), () -> added.of(id))).singleElement().satisfies(a -> {
            assertThat(a.open()).isFalse();
            assertThat(a.opinion()).isEqualTo("依据已核实，同意");
            assertThat(a.signedAt()).isNotNull();
        });
    }

    @Test
    void a_signer_added_after_the_last_leader_signs_and_the_approval_takes_effect() {
        TestUnit unit = data.unit("后加签街道");
        Long id = atSignoff(unit);
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));

        as(
                unit.leader(2),
                () -> run(() ->
                        added.add(id, new AddSigner(unit.secretary(), Placement.AFTER, "请会议记录人知悉", "同意上报", true))));

        assertThat(step(id)).isEqualTo("LEADER_SIGNOFF");
        assertThat(openTask(id)).containsEntry("ASSIGNEE", unit.secretary());
        assertThat(inbox(unit.secretary())).contains(id);
        assertThat(actions(id)).endsWith("signoff.approved", "signoff.signerAdded");
        assertThat(lastAudit(id, "signoff.approved")).contains("同意上报").contains("\"confidentialityAttested\":true");

        Step after = as(unit.secretary(), () -> added.sign(id, "已阅，无意见"));

        assertThat(after).isEqualTo(Step.COMMITTEE);
        assertThat(step(id)).isEqualTo("COMMITTEE");
        assertThat(openTask(id)).containsEntry("WAITING_GROUP", "u" + unit.id() + ":SECRETARY");
        assertThat(lastAudit(id)).isEqualTo("signoff.addedSignerSigned");
        Decision opinion = only(as(unit.drafter(), () -> history.of(unit.id(), id)), "signoff.addedSignerSigned");
        assertThat(opinion.person()).isEqualTo(unit.secretaryName());
        assertThat(opinion.written()).isEqualTo("已阅，无意见");
    }

    @Test
    void a_signer_added_after_the_first_leader_hands_on_to_the_next_leader() {
        TestUnit unit = data.unit("后加签分管街道");
        Long id = atSignoff(unit);

        as(
                unit.leader(1),
                () -> run(() -> added.add(id, new AddSigner(unit.drafter(), Placement.AFTER, null, null, false))));
        as(unit.drafter(), () -> added.sign(id, "同意"));

        assertThat(step(id)).isEqualTo("LEADER_SIGNOFF");
        assertThat(openTask(id))
                .containsEntry("ASSIGNEE", null)
                .containsEntry("WAITING_GROUP", "u" + unit.id() + ":LEADER:2");
    }

    @Test
    void refusals_are_clear_and_change_nothing() {
        TestUnit unit = data.unit("加签拒绝街道");
        TestUnit other = data.unit("加签他单位街道");
        Long id = atSignoff(unit);

        refused(unit.leader(1), id, before(unit.leader(1), null), "error.addSigner.self");
        refused(unit.leader(1), id, before(other.drafter(), null), "error.addSigner.notInUnit");
        // the refusal names a person of another unit by their name, a login name nobody has by none
        assertThat(refusal(unit.leader(1), id, before(other.drafter(), null)).args())
                .containsExactly(other.drafterName());
        UserFacingException unknown = refusal(unit.leader(1), id, before("no-such-login-2483", null));
        assertThat(unknown.messageKey()).isEqualTo("error.addSigner.unknownPerson");
        assertThat(unknown.args()).isEmpty();
        refused(unit.leader(1), id, before(" ", null), "error.addSigner.personRequired");
        refused(
                unit.leader(1),
                id,
                new AddSigner(unit.legal(), null, null, null, false),
                "error.addSigner.placementRequired");
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        // the last leader's approval (AFTER) needs the confidentiality attestation, as approving does
        refused(
                unit.leader(2),
                id,
                new AddSigner(unit.legal(), Placement.AFTER, null, "同意", false),
                "error.confidentialityRequired");
        // a non-leader, a leader whose turn it is not, a leader of another unit
        assertThatThrownBy(() -> as(unit.drafter(), () -> run(() -> added.add(id, before(unit.legal(), null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(unit.leader(1), () -> run(() -> added.add(id, before(unit.legal(), null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.leader(2), () -> run(() -> added.add(id, before(unit.legal(), null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_added_signer WHERE report_id = ?", Integer.class, id))
                .isZero();
        assertThat(openTask(id)).containsEntry("ASSIGNEE", null);
        // the refusals of access are themselves recorded; nothing else happened
        assertThat(actions(id).stream().filter(a -> !a.equals("access.refused")).toList())
                .last()
                .isEqualTo("signoff.approved");

        as(unit.leader(2), () -> run(() -> added.add(id, before(unit.legal(), null))));
        // the added person may not add further signers, approve for the unit or return the report
        refused(unit.legal(), id, before(unit.drafter(), null), "error.addSigner.byAddedSigner");
        assertThatThrownBy(() -> as(unit.legal(), () -> signoff.approve(id, "同意", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as(unit.legal(), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), "退回")))
                .isInstanceOf(AccessDeniedException.class);
        // the leader waits: no second addition, no return
        assertThatThrownBy(() -> as(unit.leader(2), () -> run(() -> added.add(id, before(unit.drafter(), null)))))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("error.addedSignerWaiting"));
        assertThatThrownBy(() ->
                        as(unit.leader(2), () -> returns.returnTo(id, new ReturnTarget(Step.DRAFT, null, null), "退回")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("error.addedSignerWaiting"));
        // only the added person signs, with an opinion; a person of another unit is refused
        assertThatThrownBy(() -> as(unit.drafter(), () -> added.sign(id, "同意")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.legal(), () -> added.sign(id, "同意")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(unit.legal(), () -> added.sign(id, " ")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.addSigner.opinionRequired"));
        assertThat(openTask(id)).containsEntry("ASSIGNEE", unit.legal());
        assertThat(step(id)).isEqualTo("LEADER_SIGNOFF");

        as(unit.legal(), () -> added.sign(id, "同意"));
        // nobody is added twice at the same turn, and the picker no longer offers them
        refused(unit.leader(2), id, before(unit.legal(), null), "error.addSigner.already");
        assertThat(as(unit.leader(2), () -> added.candidates(id)))
                .extracting(m -> m.username())
                .doesNotContain(unit.legal(), unit.leader(2))
                .contains(unit.drafter(), unit.leader(1), unit.secretary());
        assertThat(as(unit.drafter(), () -> added.candidates(id))).isEmpty();
        assertThatThrownBy(() -> as(other.leader(1), () -> added.of(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_person_with_several_roles_is_offered_once() {
        TestUnit unit = data.unit("加签多角色街道");
        data.person(unit.id(), unit.legal(), Role.SECRETARY, 0);
        Long id = atSignoff(unit);

        assertThat(as(unit.leader(1), () -> added.candidates(id)))
                .extracting(m -> m.username())
                .containsOnlyOnce(unit.legal());
    }

    private Long atSignoff(TestUnit unit) {
        Long id = data.openReport(year(), unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, id);
        return id;
    }

    private static AddSigner before(String username, String reason) {
        return new AddSigner(username, Placement.BEFORE, reason, null, false);
    }

    private void refused(String caller, Long id, AddSigner request, String key) {
        assertThatThrownBy(() -> as(caller, () -> run(() -> added.add(id, request))))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private UserFacingException refusal(String caller, Long id, AddSigner request) {
        try {
            as(caller, () -> run(() -> added.add(id, request)));
        } catch (UserFacingException e) {
            return e;
        }
        throw new AssertionError("not refused: " + request);
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    private Map<String, Object> openTask(Long id) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.queryForMap("SELECT assignee, waiting_group FROM rc_open_task WHERE report_id = ?", id)
                .forEach((k, v) -> row.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return row;
    }

    private List<Long> inbox(String username) {
        return as(username, () -> workflow.myInbox()).stream()
                .map(TaskItem::reportId)
                .toList();
    }

    private String step(Long id) {
        return jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, id);
    }

    private List<String> actions(Long id) {
        return jdbc.queryForList("SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq", String.class, id);
    }

    private String lastAudit(Long id) {
        List<String> all = actions(id);
        return all.get(all.size() - 1);
    }

    private String lastAudit(Long id, String action) {
        return jdbc.queryForObject(
                "SELECT details FROM rc_audit WHERE report_id = ? AND action = ? ORDER BY seq DESC LIMIT 1",
                String.class,
                id,
                action);
    }

    private static Decision only(List<Decision> timeline, String action) {
        return timeline.stream()
                .filter(d -> d.action().equals(action))
                .findFirst()
                .orElseThrow();
    }
}
