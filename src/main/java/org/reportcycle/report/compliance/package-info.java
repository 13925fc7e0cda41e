/**
 * Checks a report's text against the statutory requirements before it is submitted: the four mandatory
 * parts, the fixed title form, the years the text talks about, next year's arrangements, and whether last
 * year's shortcomings are addressed. Each problem is a {@link org.reportcycle.report.compliance.Finding};
 * errors block submission unless a reviewer overrides them with a reason, warnings only inform.
 *
 * <p>Pure Java, rule by rule, so the same checks run in the editor, at submission and in tests. Entry
 * point: {@link org.reportcycle.report.compliance.ComplianceChecker}.
 */
package org.reportcycle.report.compliance;
