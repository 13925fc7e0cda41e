package org.reportcycle.intervention;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.List;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.review.CommentService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.CurrentTask;
import org.reportcycle.workflow.FlowControl;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flow control outside the normal path, each audited: the drafter withdraws a submission until the
 * review starts; an administrator returns a report to any earlier step; the holder of a task (or an
 * administrator) hands it to another member of the unit who holds the step's role (转办).
 */
@Service
public class FlowControlService {

    /** The steps in the order a report passes them; a return goes to an earlier one. */
    private static final List<Step> ORDER = List.of(
            Step.DRAFT,
            Step.LEGAL_REVIEW,
            Step.CO_SIGN,
            Step.LEADER_SIGNOFF,
            Step.COMMITTEE,
            Step.REVISION,
            Step.CONFIRM_CHANGES,
            Step.REPORT_UP,
            Step.OFFICE_REVIEW,
            Step.PUBLISH);

    private final StepGate gate;
    private final FlowControl flow;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final CommentService comments;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public FlowControlService(
            StepGate gate,
            FlowControl flow,
            WorkflowService workflow,
            ReportLifecycle reports,
            CommentService comments,
            OrganizationService organization,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.flow = flow;
        this.workflow = workflow;
        this.reports = reports;
        this.comments = comments;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
    }

    /** The drafter takes a submission back while the legal advisor has not started on it (撤回). */
    @Transactional
    public Step withdraw(Long reportId, String reason) {
        Report report = reports.report(reportId);
        guard.requireRole(report.getUnitId(), reportId, Role.DRAFTER);
        if (report.getStep() != Step.LEGAL_REVIEW) {
            throw new ConflictException("error.wrongStep");
        }
        if (comments.reviewStarted(report)) {
            throw new UserFacingException("error.reviewStarted");
        }
        flow.moveBack(report, Step.DRAFT);
        events.publishEvent(
                new AuditEvent("report.withdrawn", report.getUnitId(), reportId, details("reason", reason)));
        return Step.DRAFT;
    }

    /** An administrator returns the report to an earlier step, with a reason. */
    @Transactional
    public Step returnTo(Long reportId, Step target, String reason) {
        String why = UserFacingException.requireReason(reason);
        Report report = reports.report(reportId);
        guard.requireAdministrator();
        Step current = report.getStep();
        // 会签 is entered only from legal review (its tasks are one per co-signer): not a step to return to
        if (!ORDER.contains(current)
                || !ORDER.contains(target)
                || target == Step.CO_SIGN
                || ORDER.indexOf(target) >= ORDER.indexOf(current)) {
            throw new UserFacingException("error.notAnEarlierStep");
        }
        flow.moveBack(report, target);
        events.publishEvent(new AuditEvent(
                "report.returnedByAdministrator",
                report.getUnitId(),
                reportId,
                details("from", current.name(), "to", target.name(), "reason", why)));
        return target;
    }

    /** Hands the open task to another member of the unit who holds the step's role. */
    @Transactional
    public void reassign(Long reportId, String toUsername, String reason) {
        if (toUsername == null || toUsername.isBlank()) {
            throw new UserFacingException("error.reassignToRequired");
        }
        Report report = reports.report(reportId);
        Step step = report.getStep();
        // at 会签 each co-signer decides for themselves: their task is not handed on
        if (step.actor() == null || step == Step.CO_SIGN) {
            throw new ConflictException("error.wrongStep");
        }
        CurrentUser caller = guard.caller();
        if (!caller.administrator()) {
            Gated g = gate.enter(reportId, step);
            CurrentTask task =
                    workflow.currentTask(g.report()).orElseThrow(() -> new ConflictException("error.wrongStep"));
            if (task.assignee() != null && !task.assignee().equals(caller.username())) {
                throw guard.refuse(caller, "reassign", report.getUnitId(), reportId);
            }
        }
        boolean member = organization.members(report.getUnitId(), step.actor()).stream()
                .map(MemberView::username)
                .anyMatch(toUsername::equals);
        if (!member) {
            throw new UserFacingException("error.notAMember", toUsername);
        }
        String from = flow.assignee(report);
        flow.assign(report, toUsername);
        events.publishEvent(new AuditEvent(
                "task.reassigned",
                report.getUnitId(),
                reportId,
                details("step", step.name(), "from", from, "to", toUsername, "reason", reason)));
    }

    /** The steps an administrator may return the report to: those before its current one. */
    @Transactional(readOnly = true)
    public List<Step> earlierSteps(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireAdministrator();
        int at = ORDER.indexOf(report.getStep());
        return at <= 0
                ? List.of()
                : ORDER.subList(0, at).stream()
                        .filter(s -> s != Step.REVISION && s != Step.CONFIRM_CHANGES && s != Step.CO_SIGN)
                        .toList();
    }

    /** Who the open task may be handed to: the unit's other members holding the step's role. */
    @Transactional(readOnly = true)
    public List<MemberView> reassignTargets(Long reportId) {
        Report report = reports.report(reportId);
        CurrentUser caller = guard.requireRead(report.getUnitId(), reportId);
        Step step = report.getStep();
        if (step.actor() == null || step == Step.CO_SIGN) {
            return List.of();
        }
        return organization.members(report.getUnitId(), step.actor()).stream()
                .filter(m -> !m.username().equals(caller.username()))
                .toList();
    }
}
