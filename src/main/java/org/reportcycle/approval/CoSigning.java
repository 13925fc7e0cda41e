package org.reportcycle.approval;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.List;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.SignOrder;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.CoSignTasks;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会签 (issue 20): the unit's co-signers sign in parallel, each with an opinion. When all have agreed the ordered
 * chain of the other leaders follows (or, with none, the committee); the first to return sends the report back to
 * drafting with the reason, and the others' tasks end with it. With no ordered leader after them, each co-signer
 * attests the confidentiality review (保密审查) as the final signer would.
 */
@Service
public class CoSigning {

    /** A co-signer and whether they still have to decide. */
    public record CoSigner(String name, int place, boolean waiting) {}

    private final StepGate gate;
    private final WorkflowService workflow;
    private final CoSignTasks coSignTasks;
    private final Candidates candidates;
    private final SignOrder signOrder;
    private final OrganizationService organization;
    private final ReportLifecycle reports;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public CoSigning(
            StepGate gate,
            WorkflowService workflow,
            CoSignTasks coSignTasks,
            Candidates candidates,
            SignOrder signOrder,
            OrganizationService organization,
            ReportLifecycle reports,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.workflow = workflow;
        this.coSignTasks = coSignTasks;
        this.candidates = candidates;
        this.signOrder = signOrder;
        this.organization = organization;
        this.reports = reports;
        this.guard = guard;
        this.events = events;
    }

    /** The co-signer agrees with an opinion (required); the last to agree hands the report on. */
    @Transactional
    public Step approve(Long reportId, String opinion, boolean confidentialityAttested) {
        if (opinion == null || opinion.isBlank()) {
            throw new UserFacingException("error.coSignOpinionRequired");
        }
        String text = Limits.atMost(opinion.strip(), Limits.NOTE, "opinion");
        Gated g = gate.enter(reportId, Step.CO_SIGN);
        boolean noChain = workflow.leaderTurn(g.report()).count() == 0;
        if (noChain && !confidentialityAttested) {
            throw new UserFacingException("error.confidentialityRequired");
        }
        int waiting = coSignTasks.waitingGroups(g.report()).size();
        Step next = workflow.complete(g.report(), Step.CO_SIGN, g.user(), Decision.CO_SIGNED);
        events.publishEvent(new AuditEvent(
                "cosign.agreed",
                g.report().getUnitId(),
                reportId,
                details(
                        "opinion",
                        text,
                        "stillWaiting",
                        waiting - 1,
                        "confidentialityAttested",
                        noChain ? Boolean.TRUE : null)));
        return next;
    }

    /** The co-signer returns the report to drafting with a reason: the co-signing ends for everyone. */
    @Transactional
    public Step returnReport(Long reportId, String reason) {
        String why = UserFacingException.requireReason(reason);
        Gated g = gate.enter(reportId, Step.CO_SIGN);
        Step next = workflow.complete(g.report(), Step.CO_SIGN, g.user(), Decision.RETURN);
        events.publishEvent(
                new AuditEvent("cosign.returned", g.report().getUnitId(), reportId, details("reason", why)));
        return next;
    }

    /** The report's co-signers in their order and who still has to decide (for a caller who may read it). */
    @Transactional(readOnly = true)
    public List<CoSigner> coSigners(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        List<Integer> places = signOrder.coSignerPlaces(report.getUnitId());
        List<String> waiting = coSignTasks.waitingGroups(report);
        return organization.members(report.getUnitId(), Role.LEADER).stream()
                .filter(m -> places.contains(m.signOrder()))
                .map(m -> new CoSigner(
                        m.displayName(),
                        m.signOrder(),
                        waiting.contains(candidates.leaderGroup(report.getUnitId(), m.signOrder()))))
                .toList();
    }

    /** Whether the co-signers sign last (no ordered leader after them): then each attests the confidentiality review. */
    @Transactional(readOnly = true)
    public boolean finalSigners(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return report.getStep() == Step.CO_SIGN && workflow.leaderTurn(report).count() == 0;
    }

    /** Whether the caller has a co-sign task of the report still to decide. */
    @Transactional(readOnly = true)
    public boolean awaitsCaller(Long reportId) {
        Report report = reports.report(reportId);
        CurrentUser caller = guard.requireRead(report.getUnitId(), reportId);
        return coSignTasks.holds(report, caller);
    }
}
