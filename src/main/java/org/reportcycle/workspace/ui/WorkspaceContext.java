package org.reportcycle.workspace.ui;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reportcycle.report.ReportView;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.Step;
import org.reportcycle.workflow.CurrentTask;

/**
 * What a step feature needs to offer its decisions in the workspace.
 *
 * @param task the report's open task, or null when its process has ended
 * @param candidate whether the caller is a candidate of the open task (their role, and their turn)
 * @param unsavedEdits whether the parts hold text the user typed but has not saved
 * @param onCompleted refreshes the workspace and confirms with the given message key
 * @param exceptionReasons the reasons the drafter recorded in the findings panel, keyed as the submission's
 *     overrides ({@code ReportCompliance.key}); read at the moment of submitting
 */
public record WorkspaceContext(
        ReportView report,
        CurrentTask task,
        CurrentUser user,
        boolean candidate,
        BooleanSupplier unsavedEdits,
        Consumer<String> onCompleted,
        Map<String, String> exceptionReasons) {

    public Long reportId() {
        return report.id();
    }

    /** True when the report's open task is at the step and the caller may act on it. */
    public boolean actsAt(Step step) {
        return candidate && task != null && task.step() == step;
    }

    public boolean hasUnsavedEdits() {
        return unsavedEdits.getAsBoolean();
    }

    /** The compliance exceptions recorded so far, as the submission takes them. */
    public Map<String, String> exceptions() {
        return Map.copyOf(exceptionReasons);
    }

    /** Call after a decision went through: the workspace reloads and shows the confirmation. */
    public void completed(String noticeKey) {
        onCompleted.accept(noticeKey);
    }
}
