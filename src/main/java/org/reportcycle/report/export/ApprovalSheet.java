package org.reportcycle.report.export;

import java.util.List;

/**
 * The approval record sheet (审批单) of a report: who decided what at each step, when, with which opinion.
 *
 * @param title the sheet's heading, e.g. "草滩街道2024年法治政府建设年度报告 审批单"
 * @param facts lines under the heading (unit, year, where the report stands)
 * @param entries the decisions in the order they were taken
 * @param footer the line at the end (when and by whom the sheet was printed)
 */
public record ApprovalSheet(String title, List<String> facts, List<Entry> entries, String footer) {

    public ApprovalSheet {
        facts = List.copyOf(facts);
        entries = List.copyOf(entries);
    }

    /** One decision: the step, the person (and whom they acted for), the time, the decision and the opinion. */
    public record Entry(String step, String person, String time, String decision, String opinion) {}
}
