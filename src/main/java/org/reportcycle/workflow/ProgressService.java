package org.reportcycle.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's path: the steps done (who, when), the current step (who may act, due date) and the steps
 * still to come on the normal path. Opinions and reasons are in the audit trail next to it.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private static final List<Step> NORMAL_PATH = List.of(
            Step.DRAFT,
            Step.LEGAL_REVIEW,
            Step.LEADER_SIGNOFF,
            Step.COMMITTEE,
            Step.REPORT_UP,
            Step.OFFICE_REVIEW,
            Step.PUBLISH);

    private final HistoryService history;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final AccessGuard guard;

    public ProgressService(
            HistoryService history, WorkflowService workflow, ReportLifecycle reports, AccessGuard guard) {
        this.history = history;
        this.workflow = workflow;
        this.reports = reports;
        this.guard = guard;
    }

    /** The state of one step on the report's path. */
    public enum State {
        DONE,
        MOVED,
        CURRENT,
        TO_COME
    }

    /** One step on the path: who did or may do it, and when. */
    public record ProgressStep(
            Step step, State state, String who, Instant started, Instant ended, Instant due, List<String> candidates) {}

    public List<ProgressStep> progress(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        List<ProgressStep> path = new ArrayList<>();
        if (report.getProcessInstanceId() == null) {
            return path;
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceId(report.getProcessInstanceId())
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .list()) {
            // A task ended by a change of state (withdrawal, return) was not completed by anyone.
            State state = t.getDeleteReason() == null ? State.DONE : State.MOVED;
            String who = t.getCompletedBy() != null ? t.getCompletedBy() : t.getAssignee();
            path.add(new ProgressStep(
                    Step.ofTaskKey(t.getTaskDefinitionKey()).orElse(null),
                    state,
                    who,
                    t.getCreateTime().toInstant(),
                    t.getEndTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    List.of()));
        }
        workflow.currentTask(report)
                .ifPresent(current -> path.add(new ProgressStep(
                        current.step(),
                        State.CURRENT,
                        current.assignee(),
                        current.created(),
                        null,
                        current.due(),
                        current.candidates())));
        int at = NORMAL_PATH.indexOf(normalised(report.getStep()));
        for (int i = at + 1; at >= 0 && i < NORMAL_PATH.size(); i++) {
            path.add(new ProgressStep(NORMAL_PATH.get(i), State.TO_COME, null, null, null, null, List.of()));
        }
        return path;
    }

    private static Step normalised(Step step) {
        if (step == Step.CO_SIGN) {
            // 会签 comes between legal review and the ordered sign-off, off the normal path's line
            return Step.LEGAL_REVIEW;
        }
        return step == Step.REVISION || step == Step.CONFIRM_CHANGES ? Step.COMMITTEE : step;
    }
}
