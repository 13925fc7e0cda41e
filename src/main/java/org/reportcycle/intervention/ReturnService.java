package org.reportcycle.intervention;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.FlowControl;
import org.reportcycle.workflow.LeaderTurn;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return to any earlier step by the person deciding (issue 20), with a reason, audited
 * ({@code report.returnedTo}): a leader at sign-off to drafting, legal review or a leader who signed before; the
 * committee secretary to drafting, legal review or any signer; the legal advisor to drafting; the supervising
 * office to drafting, legal review or revision. The decider must hold the open task (its candidate, or the one
 * it was handed to). The administrator's return to any step stays ({@link FlowControlService#returnTo}).
 */
@Service
public class ReturnService {

    /** Where a report may go back to: a step, and at sign-off the signer's place (1-based) and name. */
    public record ReturnTarget(Step step, Integer signer, String signerName) {
        public ReturnTarget {
            if ((step == Step.LEADER_SIGNOFF) != (signer != null)) {
                throw new UserFacingException("error.returnTargetInvalid");
            }
        }
    }

    private final StepGate gate;
    private final FlowControl flow;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public ReturnService(
            StepGate gate,
            FlowControl flow,
            WorkflowService workflow,
            ReportLifecycle reports,
            OrganizationService organization,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.flow = flow;
        this.workflow = workflow;
        this.reports = reports;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
    }

    /** Where the report may go back to by the caller's decision at its current step (empty: not theirs to return). */
    @Transactional(readOnly = true)
    public List<ReturnTarget> targets(Long reportId) {
        Report report = reports.report(reportId);
        CurrentUser caller = guard.requireRead(report.getUnitId(), reportId);
        Step step = report.getStep();
        if (step.actor() != null && !caller.hasRole(report.getUnitId(), step.actor())
                || step.actor() == null && !caller.administrator()) {
            return List.of();
        }
        return targets(report, step);
    }

    /** The decider at the report's current step sends it back to an earlier step, with a reason. */
    @Transactional
    public Step returnTo(Long reportId, ReturnTarget target, String reason) {
        String why = UserFacingException.requireReason(reason);
        if (target == null) {
            throw new UserFacingException("error.returnTargetInvalid");
        }
        Report current = reports.report(reportId);
        Step from = current.getStep();
        if (from.taskKey() == null) {
            throw new ConflictException("error.wrongStep");
        }
        Gated g = gate.enter(reportId, from);
        Integer fromSigner =
                from == Step.LEADER_SIGNOFF ? workflow.leaderTurn(g.report()).place() : null;
        boolean allowed = targets(g.report(), from).stream()
                .anyMatch(t -> t.step() == target.step() && Objects.equals(t.signer(), target.signer()));
        if (!allowed) {
            throw new UserFacingException("error.notAnEarlierStep");
        }
        flow.returnByDecider(g.report(), g.user(), target.step(), target.signer() == null ? 1 : target.signer());
        events.publishEvent(new AuditEvent(
                "report.returnedTo",
                g.report().getUnitId(),
                reportId,
                details(
                        "from",
                        from.name(),
                        "fromSigner",
                        fromSigner,
                        "to",
                        target.step().name(),
                        "toSigner",
                        target.signer(),
                        "reason",
                        why)));
        return target.step();
    }

    private List<ReturnTarget> targets(Report report, Step step) {
        List<ReturnTarget> out = new ArrayList<>();
        switch (step) {
            case LEGAL_REVIEW -> out.add(new ReturnTarget(Step.DRAFT, null, null));
            case LEADER_SIGNOFF -> {
                out.add(new ReturnTarget(Step.DRAFT, null, null));
                out.add(new ReturnTarget(Step.LEGAL_REVIEW, null, null));
                LeaderTurn turn = workflow.leaderTurn(report);
                signers(report, turn.place() - 1, out);
            }
            case COMMITTEE, CONFIRM_CHANGES -> {
                out.add(new ReturnTarget(Step.DRAFT, null, null));
                out.add(new ReturnTarget(Step.LEGAL_REVIEW, null, null));
                signers(report, organization.leaderCount(report.getUnitId()), out);
                if (step == Step.CONFIRM_CHANGES) {
                    out.add(new ReturnTarget(Step.REVISION, null, null));
                }
            }
            case OFFICE_REVIEW -> {
                out.add(new ReturnTarget(Step.DRAFT, null, null));
                out.add(new ReturnTarget(Step.LEGAL_REVIEW, null, null));
                out.add(new ReturnTarget(Step.REVISION, null, null));
            }
            default -> {}
        }
        return out;
    }

    /** The unit's first {@code upTo} leaders in their sign-off order, as targets. */
    private void signers(Report report, int upTo, List<ReturnTarget> out) {
        List<MemberView> leaders = organization.members(report.getUnitId(), Role.LEADER);
        for (int place = 1; place <= upTo && place <= leaders.size(); place++) {
            out.add(new ReturnTarget(
                    Step.LEADER_SIGNOFF, place, leaders.get(place - 1).displayName()));
        }
    }
}
