package org.reportcycle.report.compliance;

import java.util.Optional;
import org.reportcycle.report.ReportText;

/**
 * What every rule gets to look at.
 *
 * @param text the report text
 * @param cycleYear the year the report is about (the 2024 report is written in early 2025)
 * @param unitName the reporting unit as known in the system
 * @param previousShortcomings last year's part 2, when known
 */
record CheckContext(ReportText text, int cycleYear, String unitName, Optional<String> previousShortcomings) {}
