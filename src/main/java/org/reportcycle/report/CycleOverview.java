package org.reportcycle.report;

import java.util.List;
import java.util.Map;
import org.reportcycle.shared.Step;

/**
 * One cycle at a glance for the administrator: how many reports are at each step, and the first page of
 * unfinished reports, the longest waiting at their step first.
 */
public record CycleOverview(Map<Step, Long> countsByStep, List<ReportSummary> waitingLongest) {}
