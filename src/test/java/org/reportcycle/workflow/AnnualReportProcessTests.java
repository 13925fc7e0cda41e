package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.Comment;
import org.reportcycle.review.CommentEntry;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Part;
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
 * Every path through annual-report.bpmn20.xml, driven through the step services. After each step:
 * the open task, its candidates, the report's step and the audit record.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnnualReportProcessTests {

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Autowired
    CommentService comments;

    @Autowired
    SignoffService signoff;

    @Autowired
    CommitteeService committee;

    @Autowired
    PublicationService publication;

    @Autowired
    OfficeReviewService office;

    @Autowired
    ReportService reports;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    Long reportId;

    @BeforeEach
    void openReport() {
        unit = data.unit("测试街道");
        reportId = data.openReport(2025, unit);
    }

    @Test
    void a_report_opens_at_drafting_for_the_units_drafters() {
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "report.opened");
    }

    @Test
    void the_happy_path_carries_a_report_from_draft_to_publication() {
        as(unit.drafter(), () -> review.submit(reportId, "初稿"));
        assertAt(Step.LEGAL_REVIEW, "u" + unit.id() + ":LEGAL", "report.submitted");

        as(unit.legal(), () -> review.pass(reportId, "同意"));
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:1", "review.passed");

        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:2", "signoff.approved");

        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
        assertAt(Step.COMMITTEE, "u" + unit.id() + ":SECRETARY", "signoff.approved");

        as(unit.secretary(), () -> committee.recordMeeting(reportId, meeting(MeetingOutcome.APPROVED, null)));
        assertAt(Step.REPORT_UP, "u" + unit.id() + ":DRAFTER", "committee.recorded");

        as(unit.drafter(), () -> publication.reportUp(reportId, "报送"));
        assertAt(Step.OFFICE_REVIEW, "office", "report.filed");

        as(data.admin(), () -> office.accept(reportId, "已备案"));
        assertAt(Step.PUBLISH, "u" + unit.id() + ":DRAFTER", "office.accepted");

        as(unit.drafter(), () -> publication.publish(reportId, PublishRequest.defaults()));
        assertThat(step()).isEqualTo(Step.PUBLISHED);
        assertThat(as(unit.drafter(), () -> workflow.currentTask(reportId))).isEmpty();
        assertThat(lastAudit()).isEqualTo("report.published");
        assertThat(as(unit.drafter(), () -> reports.view(reportId)).indexNo()).startsWith(unit.code() + "-2025-");
    }

    /**
     * One report through everything at once (the MySQL subclass runs it on MySQL/MariaDB): a comment the
     * drafter must answer, two leaders in order, approval subject to changes, report-up, publication and a
     * correction.
     */
    @Test
    void the_whole_cycle_with_comments_two_leaders_changes_report_up_publication_and_correction() {
        as(unit.drafter(), () -> review.submit(reportId, "初稿"));
        String passage = as(unit.legal(), () -> reports.view(reportId))
                .parts()
                .get(Part.SHORTCOMINGS)
                .text()
                .substring(0, 6);
        CommentEntry thread = as(unit.legal(), () -> comments.comment(reportId, Part.SHORTCOMINGS, passage, "原因写得不具体"));
        as(unit.legal(), () -> review.returnToDrafting(reportId, "请按意见修改"));
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "review.returned");
        assertThatThrownBy(() -> as(unit.drafter(), () -> review.submit(reportId, "未答复就提交")))
                .isInstanceOf(UserFacingException.class);
        as(unit.drafter(), () -> comments.answer(thread.id(), Comment.AnswerKind.EXPLAINED, "原因见第二段"));
        as(unit.drafter(), () -> review.submit(reportId, "修改稿"));
        as(unit.legal(), () -> comments.settle(thread.id(), true));
        as(unit.legal(), () -> review.pass(reportId, "同意"));
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:1", "review.passed");

        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:2", "signoff.approved");
        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
        assertAt(Step.COMMITTEE, "u" + unit.id() + ":SECRETARY", "signoff.approved");

        as(unit.secretary(), () -> committee.recordMeeting(reportId, meeting(MeetingOutcome.CHANGES, "补充第四部分")));
        assertAt(Step.REVISION, "u" + unit.id() + ":DRAFTER", "committee.recorded");
        as(unit.drafter(), () -> committee.submitRevision(reportId, "已补充"));
        as(unit.secretary(), () -> committee.confirmChanges(reportId, true, null));
        assertAt(Step.REPORT_UP, "u" + unit.id() + ":DRAFTER", "committee.changesConfirmed");

        as(unit.drafter(), () -> publication.reportUp(reportId, "报送"));
        as(data.admin(), () -> office.accept(reportId, "已备案"));
        as(unit.drafter(), () -> publication.publish(reportId, PublishRequest.defaults()));
        assertThat(step()).isEqualTo(Step.PUBLISHED);
        as(unit.drafter(), () -> publication.correct(reportId, java.util.Map.of(Part.OTHER, "更正后的其他情况"), "更正第五部分"));
        assertThat(lastAudit()).isEqualTo("report.corrected");
        assertThat(as(unit.drafter(), () -> reports.view(reportId))
                        .parts()
                        .get(Part.OTHER)
                        .text())
                .isEqualTo("更正后的其他情况");
        assertThat(as(unit.drafter(), () -> comments.threads(reportId)))
                .singleElement()
                .satisfies(t -> assertThat(t.comment().state()).isEqualTo(Comment.State.RESOLVED));
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq", String.class, reportId))
                .containsSubsequence(
                        "report.submitted",
                        "comment.added",
                        "review.returned",
                        "comment.answered",
                        "report.submitted",
                        "comment.resolved",
                        "review.passed",
                        "signoff.approved",
                        "signoff.approved",
                        "committee.recorded",
                        "committee.revisionSubmitted",
                        "committee.changesConfirmed",
                        "report.filed",
                        "office.accepted",
                        "report.published",
                        "report.corrected");
    }

    @Test
    void a_returned_review_sends_the_report_back_to_drafting() {
        as(unit.drafter(), () -> review.submit(reportId, null));
        as(unit.legal(), () -> review.returnToDrafting(reportId, "第三部分缺失"));
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "review.returned");
    }

    @Test
    void a_leader_can_return_the_report_to_drafting() {
        toSignoff();
        as(unit.leader(1), () -> signoff.returnReport(reportId, "请补充数据", false));
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "signoff.returned");
    }

    @Test
    void the_second_leader_can_return_the_report_to_the_first() {
        toSignoff();
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        as(unit.leader(2), () -> signoff.returnReport(reportId, "请分管领导再核", true));
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:1", "signoff.returnedToPrevious");
    }

    @Test
    void the_last_leader_must_attest_the_confidentiality_review() {
        toSignoff();
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        assertThatThrownBy(() -> as(unit.leader(2), () -> signoff.approve(reportId, "同意", false)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.confidentialityRequired");
        assertAt(Step.LEADER_SIGNOFF, "u" + unit.id() + ":LEADER:2", "signoff.approved");
    }

    @Test
    void a_rejecting_committee_sends_the_report_back_to_drafting() {
        toCommittee();
        as(unit.secretary(), () -> committee.recordMeeting(reportId, meeting(MeetingOutcome.REJECTED, "需重写第二部分")));
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "committee.recorded");
        assertThat(as(unit.drafter(), () -> committee.meetings(reportId))).hasSize(1);
    }

    @Test
    void approval_subject_to_changes_goes_through_revision_and_confirmation() {
        toCommittee();
        as(unit.secretary(), () -> committee.recordMeeting(reportId, meeting(MeetingOutcome.CHANGES, "修改第四部分")));
        assertAt(Step.REVISION, "u" + unit.id() + ":DRAFTER", "committee.recorded");

        as(unit.drafter(), () -> committee.submitRevision(reportId, "已按意见修改"));
        assertAt(Step.CONFIRM_CHANGES, "u" + unit.id() + ":SECRETARY", "committee.revisionSubmitted");

        as(unit.secretary(), () -> committee.confirmChanges(reportId, false, "第四部分仍未修改"));
        assertAt(Step.REVISION, "u" + unit.id() + ":DRAFTER", "committee.changesRefused");

        as(unit.drafter(), () -> committee.submitRevision(reportId, "再次修改"));
        as(unit.secretary(), () -> committee.confirmChanges(reportId, true, null));
        assertAt(Step.REPORT_UP, "u" + unit.id() + ":DRAFTER", "committee.changesConfirmed");
    }

    @Test
    void the_office_sends_a_filed_report_back_for_correction_through_revision() {
        toCommittee();
        as(unit.secretary(), () -> committee.recordMeeting(reportId, meeting(MeetingOutcome.APPROVED, null)));
        as(unit.drafter(), () -> publication.reportUp(reportId, null));
        assertThatThrownBy(() -> as(unit.drafter(), () -> office.accept(reportId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(data.admin(), () -> office.sendBack(reportId, " ")))
                .isInstanceOf(UserFacingException.class);

        as(data.admin(), () -> office.sendBack(reportId, "第四部分未写明下一年度安排"));
        assertAt(Step.REVISION, "u" + unit.id() + ":DRAFTER", "office.returned");
        as(unit.drafter(), () -> committee.submitRevision(reportId, "已补充"));
        as(unit.secretary(), () -> committee.confirmChanges(reportId, true, null));
        assertAt(Step.REPORT_UP, "u" + unit.id() + ":DRAFTER", "committee.changesConfirmed");
        assertThat(as(data.admin(), () -> office.register(2025)))
                .filteredOn(r -> r.reportId().equals(reportId))
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(Report.OfficeState.RETURNED));
    }

    @Test
    void a_unit_without_leaders_goes_from_review_straight_to_the_committee() {
        TestUnit small = data.unit("无领导单位", 0);
        Long id = data.openReport(2025, small);
        as(small.drafter(), () -> review.submit(id, null));
        as(small.legal(), () -> review.pass(id, null));
        assertThat(as(small.drafter(), () -> reports.view(id)).step()).isEqualTo(Step.COMMITTEE);
    }

    @Test
    void a_step_is_refused_for_the_wrong_role_the_wrong_unit_and_the_wrong_step() {
        TestUnit other = data.unit("其他街道");
        assertThatThrownBy(() -> as(unit.legal(), () -> review.submit(reportId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.drafter(), () -> review.submit(reportId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(unit.legal(), () -> review.pass(reportId, null)))
                .isInstanceOf(ConflictException.class);
        assertAt(Step.DRAFT, "u" + unit.id() + ":DRAFTER", "access.refused");
    }

    @Test
    void the_first_leader_cannot_sign_in_place_of_the_second() {
        toSignoff();
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        assertThatThrownBy(() -> as(unit.leader(1), () -> signoff.approve(reportId, "同意", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(step()).isEqualTo(Step.LEADER_SIGNOFF);
    }

    @Test
    void completing_a_step_twice_completes_it_once() {
        as(unit.drafter(), () -> review.submit(reportId, null));
        assertThatThrownBy(() -> as(unit.drafter(), () -> review.submit(reportId, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = ?",
                        Integer.class,
                        reportId,
                        "report.submitted"))
                .isEqualTo(1);
        assertThat(step()).isEqualTo(Step.LEGAL_REVIEW);
    }

    private void toSignoff() {
        as(unit.drafter(), () -> review.submit(reportId, null));
        as(unit.legal(), () -> review.pass(reportId, null));
    }

    private void toCommittee() {
        toSignoff();
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
    }

    private MeetingRecord meeting(MeetingOutcome outcome, String minutes) {
        return new MeetingRecord("党工委会议", LocalDate.of(2025, 2, 18), "第3次", "应到9人，实到8人", outcome, minutes);
    }

    private void assertAt(Step step, String candidateGroup, String lastAction) {
        assertThat(step()).isEqualTo(step);
        CurrentTask task =
                as(unit.drafter(), () -> workflow.currentTask(reportId)).orElseThrow();
        assertThat(task.step()).isEqualTo(step);
        assertThat(task.candidates()).isEqualTo(List.of(candidateGroup));
        assertThat(task.due()).isNotNull();
        assertThat(lastAudit()).isEqualTo(lastAction);
    }

    private Step step() {
        return as(unit.drafter(), () -> reports.view(reportId)).step();
    }

    private String lastAudit() {
        return jdbc.queryForObject(
                "SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq DESC LIMIT 1", String.class, reportId);
    }
}
