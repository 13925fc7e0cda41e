package org.reportcycle.workflow;

import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks before any step decision: the report exists, the caller holds the step's role for the
 * report's unit (refusals are audited), and the report is at that step.
 */
@Component
public class StepGate {

    private final ReportLifecycle reports;
    private final AccessGuard guard;

    public StepGate(ReportLifecycle reports, AccessGuard guard) {
        this.reports = reports;
        this.guard = guard;
    }

    /**
     * Takes the report's row lock first, so two decisions on the same report (two tabs, two nodes) run one
     * after the other: the second then finds the report at its new step and is refused with a conflict.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gated enter(Long reportId, Step step) {
        Report report = reports.reportForDecision(reportId);
        CurrentUser user = step.actor() == null
                ? guard.requireAdministrator()
                : guard.requireRole(report.getUnitId(), reportId, step.actor());
        if (report.getStep() != step) {
            throw new ConflictException("error.wrongStep");
        }
        return new Gated(report, user);
    }

    /** A report and the caller allowed to act on it at its current step. */
    public record Gated(Report report, CurrentUser user) {}
}
