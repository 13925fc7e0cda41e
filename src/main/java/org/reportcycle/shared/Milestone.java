package org.reportcycle.shared;

import java.time.LocalDate;
import java.time.MonthDay;

/** The deadlines of a cycle. Defaults fall in the year after the reporting year (DOMAIN.md). */
public enum Milestone {
    DRAFT(MonthDay.of(1, 15)),
    LEGAL_REVIEW(MonthDay.of(1, 31)),
    SIGNOFF(MonthDay.of(2, 10)),
    COMMITTEE(MonthDay.of(2, 20)),
    REPORT_UP(MonthDay.of(3, 1)),
    PUBLICATION(MonthDay.of(4, 1));

    private final MonthDay defaultDay;

    Milestone(MonthDay defaultDay) {
        this.defaultDay = defaultDay;
    }

    /** The default due date for a cycle reporting on {@code reportYear}. */
    public LocalDate defaultDue(int reportYear) {
        return defaultDay.atYear(reportYear + 1);
    }

    public String messageKey() {
        return "milestone." + name();
    }
}
