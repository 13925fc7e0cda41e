package org.reportcycle.report;

import java.util.List;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.shared.UserFacingException;

/**
 * A submission refused because the report has blocking findings that the drafter did not override with
 * a reason. Nothing was changed.
 */
public class ComplianceBlocked extends UserFacingException {

    private final transient List<Finding> findings;

    public ComplianceBlocked(List<Finding> findings) {
        super("error.complianceBlocked", findings.size());
        this.findings = List.copyOf(findings);
    }

    /** The blocking findings still open, each overridable by {@link ReportCompliance#key(Finding)}. */
    public List<Finding> findings() {
        return findings;
    }
}
