package org.reportcycle.report.compliance;

import java.util.List;

/** One family of checks. Rules are independent, so each can be read and tested on its own. */
interface ComplianceRule {

    List<Finding> apply(CheckContext context);
}
