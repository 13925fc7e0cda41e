package org.reportcycle.approval;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Optional;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.LeaderTurn;
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

    /** Whose turn it is at the report's sign-off (for a caller who may read it); empty when not at sign-off. */
    public Optional<LeaderTurn> turn(Long reportId) {
        return workflow.leaderTurn(reportId);
    }

    /**
     * The leader whose turn it is approves. The last leader must attest that the confidentiality review
     * found nothing secret in the text.
     */
    @Transactional
    public Step approve(Long reportId, String opinion, boolean confidentialityAttested) {
        Gated g = gate.enter(reportId, Step.LEADER_SIGNOFF);
        workflow.requireNoAddedSignerWaiting(g.report());
        Limits.atMost(opinion, Limits.NOTE, "opinion");
        LeaderTurn turn = workflow.leaderTurn(g.report());
        int place = turn.place();
        int count = turn.count();
        boolean last = turn.last();
        if (last && !confidentialityAttested) {
            throw new UserFacingException("error.confidentialityRequired");
        }
        Step next = workflow.complete(
                g.report(), Step.LEADER_SIGNOFF, g.user(), last ? Decision.APPROVE : Decision.NEXT_LEADER, turn);
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
        workflow.requireNoAddedSignerWaiting(g.report());
        LeaderTurn turn = workflow.leaderTurn(g.report());
        int place = turn.place();
        boolean previous = toPreviousSigner && turn.hasPrevious();
        Step next = workflow.complete(
                g.report(), Step.LEADER_SIGNOFF, g.user(), previous ? Decision.PREVIOUS_LEADER : Decision.RETURN, turn);
        events.publishEvent(new AuditEvent(
                previous ? "signoff.returnedToPrevious" : "signoff.returned",
                g.report().getUnitId(),
                reportId,
                details("reason", reason, "place", place)));
        return next;
    }
}
