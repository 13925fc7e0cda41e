package org.reportcycle.report.compliance;

/** How much a finding matters for submission. */
public enum Severity {
    /** Blocks submission unless overridden with a reason. */
    ERROR,
    /** Shown to drafter and reviewers; does not block. */
    WARNING
}
