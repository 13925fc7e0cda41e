package org.reportcycle.opening.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.opening.CycleOpeningJobs.Progress;
import org.reportcycle.ui.Notices;

/** The opening job's progress bar and text; the screen polls once a second while the job runs. */
class OpeningProgress extends VerticalLayout {

    private final CycleOpeningJobs jobs;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private Registration pollRegistration;
    private Long jobId;

    OpeningProgress(CycleOpeningJobs jobs) {
        this.jobs = jobs;
        setPadding(false);
        bar.setId("opening-progress");
        bar.setVisible(false);
        text.setId("opening-text");
        add(bar, text);
    }

    /** Follows this job from now on. */
    void follow(long jobId) {
        this.jobId = jobId;
        refresh();
    }

    /** Shows the job's progress; keeps the screen polling while it runs. */
    void refresh() {
        if (jobId == null) {
            return;
        }
        Progress p = Notices.attempt(() -> jobs.progress(jobId)).flatMap(o -> o).orElse(null);
        if (p == null) {
            return;
        }
        bar.setVisible(true);
        bar.setMax(Math.max(1, p.total()));
        bar.setValue(Math.min(p.done(), Math.max(1, p.total())));
        String key = switch (p.state()) {
            case RUNNING -> "cycleSetup.progress";
            case DONE -> "cycleSetup.done";
            case FAILED -> "cycleSetup.failed";
        };
        text.setText(
                p.state() == CycleOpeningJobs.State.FAILED
                        ? getTranslation(key, p.error())
                        : getTranslation(key, String.valueOf(p.done()), String.valueOf(p.total())));
        poll(p.state() == CycleOpeningJobs.State.RUNNING);
    }

    private void poll(boolean running) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (running) {
            ui.setPollInterval(1000);
            if (pollRegistration == null) {
                pollRegistration = ui.addPollListener(e -> refresh());
            }
        } else {
            ui.setPollInterval(-1);
            stopPolling();
        }
    }

    private void stopPolling() {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            stopPolling();
            event.getUI().setPollInterval(-1);
        }
    }
}
