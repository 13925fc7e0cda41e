package org.reportcycle.report;

import java.time.Instant;
import org.reportcycle.shared.Step;

/** One line of a report list. */
public record ReportSummary(
        Long id,
        int year,
        Long unitId,
        String unitName,
        String title,
        Step step,
        Instant stepSince,
        Instant publishedAt) {}
