package org.reportcycle.approval;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Map;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' sign-off (签批) in the unit's configured order (分管领导 → 主要负责人). Each approves with
 * an opinion or returns; the last attests the confidentiality review (保密审查).
 */
@Service
public class SignoffService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ApplicationEventPublisher events;

    public SignoffService(StepGate gate, WorkflowService workflow, ApplicationEventPublisher events) {
        this.gate = gate;
        this.workflow = workflow;
        this.events = events;
    }

    /**
     * The leader whose turn it is approves. The last leader must attest that the confidentiality review
     * found nothing secret in the text.
     */
    @Transactional
    public Step approve(Long reportId, String opinion, boolean confidentialityAttested) {
        Gated g = gate.enter(reportId, Step.LEADER_SIGNOFF);
        Limits.atMost(opinion, Limits.NOTE, "opinion");
        Map<String, Object> vars = workflow.variables(g.report());
        int place = ((Number) vars.get("leaderIndex")).intValue();
        int count = ((Number) vars.get("leaderCount")).intValue();
        boolean last = place >= count;
        if (last && !confidentialityAttested) {
            throw new UserFacingException("error.confidentialityRequired");
        }
        Step next = last
                ? workflow.complete(g.report(), Step.LEADER_SIGNOFF, g.user(), "approve", Map.of())
                : workflow.complete(
                        g.report(), Step.LEADER_SIGNOFF, g.user(), "next", Map.of("leaderIndex", place + 1));
        events.publishEvent(new AuditEvent(
                "signoff.approved",
                g.report().getUnitId(),
                reportId,
                details(
                        "opinion",
                        opinion,
                        "place",
                        place,
                        "of",
                        count,
                        "confidentialityAttested",
                        last ? Boolean.TRUE : null)));
        return next;
    }

    /** The leader returns the report, to drafting or to the previous signer; a reason is required. */
    @Transactional
    public Step returnReport(Long reportId, String reason, boolean toPreviousSigner) {
        UserFacingException.requireReason(reason);
        Gated g = gate.enter(reportId, Step.LEADER_SIGNOFF);
        int place = ((Number) workflow.variables(g.report()).get("leaderIndex")).intValue();
        boolean previous = toPreviousSigner && place > 1;
        Step next = previous
                ? workflow.complete(
                        g.report(), Step.LEADER_SIGNOFF, g.user(), "previous", Map.of("leaderIndex", place - 1))
                : workflow.complete(g.report(), Step.LEADER_SIGNOFF, g.user(), "return", Map.of());
        events.publishEvent(new AuditEvent(
                previous ? "signoff.returnedToPrevious" : "signoff.returned",
                g.report().getUnitId(),
                reportId,
                details("reason", reason, "place", place)));
        return next;
    }
}
