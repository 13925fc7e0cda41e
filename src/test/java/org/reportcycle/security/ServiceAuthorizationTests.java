package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.opening.CycleOpeningService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportHistory;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The services refuse by themselves, whatever screen or endpoint calls them: every main service method,
 * called by a person of another unit and by a person with no unit, is refused, audited, and changes
 * nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServiceAuthorizationTests {

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserRepository users;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    CommitteeService committee;

    @Autowired
    PublicationService publication;

    @Autowired
    OfficeReviewService office;

    @Autowired
    CommentService comments;

    @Autowired
    ReportExport export;

    @Autowired
    ReportHistory history;

    @Autowired
    AuditQueries audit;

    @Autowired
    FlowControlService flow;

    @Autowired
    ProgressService progress;

    @Autowired
    CycleOpeningService opening;

    @Autowired
    LoginThrottle throttle;

    @Test
    void every_main_service_method_refuses_outsiders_and_records_the_refusal() {
        TestUnit unit = data.unit("服务街道");
        TestUnit other = data.unit("旁观街道");
        Long id = data.openReport(2031, unit);
        Long unitId = unit.id();
        String noUnit = "svc-nounit" + System.nanoTime() % 100000;
        users.save(new AppUser(noUnit, noUnit, "{noop}x", null, false));

        int version = jdbc.queryForObject("SELECT current_version FROM rc_report WHERE id = ?", Integer.class, id);
        Map<String, Consumer<Long>> calls = new LinkedHashMap<>();
        calls.put("ReportService.view", r -> reports.view(r));
        calls.put("ReportService.save", r -> reports.save(r, Map.of(Part.MEASURES, new PartEdit("篡改", null)), null));
        calls.put("ReportService.versions", r -> reports.versions(r));
        calls.put("ReportService.versionText", r -> reports.versionText(r, 1));
        calls.put("ReviewService.submit", r -> review.submit(r, null));
        calls.put("ReviewService.pass", r -> review.pass(r, "同意"));
        calls.put("ReviewService.returnToDrafting", r -> review.returnToDrafting(r, "退回"));
        calls.put("SignoffService.approve", r -> signoff.approve(r, "同意", true));
        calls.put("SignoffService.returnReport", r -> signoff.returnReport(r, "退回", false));
        calls.put(
                "CommitteeService.recordMeeting",
                r -> committee.recordMeeting(
                        r,
                        new MeetingRecord(
                                "党工委会议", LocalDate.of(2026, 2, 18), "第1次", "9/9", MeetingOutcome.APPROVED, null)));
        calls.put("CommitteeService.meetings", r -> committee.meetings(r));
        calls.put("PublicationService.reportUp", r -> publication.reportUp(r, null));
        calls.put("PublicationService.publish", r -> publication.publish(r, PublishRequest.defaults()));
        calls.put("OfficeReviewService.accept", r -> office.accept(r, null));
        calls.put("OfficeReviewService.register", r -> office.register(2031));
        calls.put("CommentService.comment", r -> comments.comment(r, Part.MEASURES, null, "意见"));
        calls.put("CommentService.threads", r -> comments.threads(r));
        calls.put("ReportExport.export", r -> export.export(r, ReportExport.Format.DOCX));
        calls.put("ReportHistory.compare", r -> history.compare(r, 1, 1));
        calls.put("ReportHistory.markSeen", r -> history.markSeen(r));
        calls.put("AuditQueries.forReport", r -> audit.forReport(unitId, r));
        calls.put("AuditQueries.verify", r -> audit.verify());
        calls.put("FlowControlService.withdraw", r -> flow.withdraw(r, "撤回"));
        calls.put("FlowControlService.returnTo", r -> flow.returnTo(r, Step.DRAFT, "退回"));
        calls.put("ProgressService.progress", r -> progress.progress(r));
        calls.put("CycleOpeningService.open", r -> opening.open(2032, List.of(unitId), Map.of()));
        calls.put("LoginThrottle.unlock", r -> throttle.unlock(unit.drafter()));

        int tried = 0;
        int refusedCount = 0;
        List<String> failures = new ArrayList<>();
        for (String caller : List.of(other.drafter(), other.legal(), other.leader(1), other.secretary(), noUnit)) {
            for (Map.Entry<String, Consumer<Long>> call : calls.entrySet()) {
                int before = refusals(caller);
                tried++;
                try {
                    TestData.run(caller, () -> call.getValue().accept(id));
                    failures.add(call.getKey() + " allowed for " + caller);
                } catch (AccessDeniedException expected) {
                    refusedCount++;
                    if (refusals(caller) != before + 1) {
                        failures.add(call.getKey() + " refused " + caller + " without an audit record");
                    }
                } catch (RuntimeException other2) {
                    failures.add(call.getKey() + " for " + caller + " threw " + other2);
                }
            }
        }
        System.out.printf(
                "SERVICE AUTHORIZATION: %d service calls by outsiders tried, %d refused%n", tried, refusedCount);
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, id))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT current_version FROM rc_report WHERE id = ?", Integer.class, id))
                .isEqualTo(version);
    }

    private int refusals(String actor) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'access.refused'", Integer.class, actor);
    }
}
