package org.reportcycle.review;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportcycle.report.ComplianceBlocked;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.VersionReason;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The drafter's submission and the legal advisor's review (合法性审查): pass, or return to drafting. */
@Service
public class ReviewService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final ReportCompliance compliance;
    private final CommentService comments;
    private final ApplicationEventPublisher events;

    public ReviewService(
            StepGate gate,
            WorkflowService workflow,
            ReportLifecycle reports,
            ReportCompliance compliance,
            CommentService comments,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.compliance = compliance;
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.events = events;
    }

    /** The unit's drafter submits the draft for legal review; refused while blocking findings are open. */
    @Transactional
    public Step submit(Long reportId, String note) {
        return submit(reportId, note, Map.of());
    }

    /**
     * The unit's drafter submits the draft for legal review. Every blocking compliance finding must be
     * overridden with a written reason, keyed by {@link ReportCompliance#key}; reviewers see the
     * overrides in the audit trail and in the version's note.
     *
     * @throws ComplianceBlocked listing the blocking findings left without a reason
     */
    @Transactional
    public Step submit(Long reportId, String note, Map<String, String> overrides) {
        Gated g = gate.enter(reportId, Step.DRAFT);
        long open = comments.openCount(reportId);
        if (open > 0) {
            throw new UserFacingException("error.openComments", open);
        }
        Map<String, String> used = new TreeMap<>();
        List<Map<String, String>> excepted = new ArrayList<>();
        List<Finding> blocking = new ArrayList<>();
        // the stored text read once: for the findings and for the version the submission records
        ReportText stored = reports.storedText(g.report());
        for (Finding f : compliance.findingsOnStored(g.report(), stored)) {
            String reason = overrides.get(ReportCompliance.key(f));
            if (!f.blocking()) {
                continue;
            }
            if (reason == null || reason.isBlank()) {
                blocking.add(f);
            } else {
                String why = Limits.atMost(reason.strip(), Limits.NOTE, "reason");
                used.put(ReportCompliance.key(f), why);
                // the finding's words as the drafter saw them, so reviewers read what was excepted and why
                excepted.add(Map.of("finding", f.messageZh(), "findingEn", f.messageEn(), "reason", why));
            }
        }
        if (!blocking.isEmpty()) {
            throw new ComplianceBlocked(blocking);
        }
        String versionNote = used.isEmpty() ? note : (note == null ? "" : note + "\n") + "合规例外 / overrides: " + used;
        int version = reports.snapshot(
                g.report(), stored, VersionReason.SUBMITTED, g.user().username(), versionNote);
        Step next = workflow.complete(g.report(), Step.DRAFT, g.user(), Decision.SUBMIT);
        audit(
                "report.submitted",
                g,
                details(
                        "version",
                        version,
                        "note",
                        note,
                        "overrides",
                        used.isEmpty() ? null : used,
                        "exceptions",
                        excepted.isEmpty() ? null : excepted));
        return next;
    }

    /** The legal advisor passes the report on to the leaders. */
    @Transactional
    public Step pass(Long reportId, String opinion) {
        Gated g = gate.enter(reportId, Step.LEGAL_REVIEW);
        Limits.atMost(opinion, Limits.NOTE, "opinion");
        Step next = workflow.complete(g.report(), Step.LEGAL_REVIEW, g.user(), Decision.PASS);
        audit("review.passed", g, details("opinion", opinion));
        return next;
    }

    /** The legal advisor returns the report to drafting; a reason is required. */
    @Transactional
    public Step returnToDrafting(Long reportId, String reason) {
        UserFacingException.requireReason(reason);
        Gated g = gate.enter(reportId, Step.LEGAL_REVIEW);
        int version =
                reports.snapshot(g.report(), VersionReason.RETURNED, g.user().username(), reason);
        Step next = workflow.complete(g.report(), Step.LEGAL_REVIEW, g.user(), Decision.RETURN);
        audit("review.returned", g, details("reason", reason, "version", version));
        return next;
    }

    private void audit(String action, Gated g, Map<String, Object> details) {
        events.publishEvent(
                new AuditEvent(action, g.report().getUnitId(), g.report().getId(), details));
    }
}
