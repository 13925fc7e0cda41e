package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportcycle.report.ReportText;
import org.springframework.stereotype.Service;

/**
 * Checks a report against the statutory requirements and returns what is wrong with it: missing or empty
 * mandatory parts, the title form, years that do not fit the cycle, a part 4 that does not look ahead,
 * and last year's shortcomings left unaddressed. Errors come first, then warnings, each in rule order.
 */
@Service
public class ComplianceChecker {

    private final List<ComplianceRule> rules = List.of(
            new PartPresenceRule(), new TitleRule(), new YearRule(), new NextYearRule(), new RectificationRule());

    /**
     * Checks one report.
     *
     * @param text the report text
     * @param cycleYear the year the report is about
     * @param unitName the reporting unit's name as the title should show it
     * @param previousShortcomings last year's part 2, when the unit reported last year
     * @return the findings, errors first; empty when nothing is wrong
     */
    public List<Finding> check(ReportText text, int cycleYear, String unitName, Optional<String> previousShortcomings) {
        Objects.requireNonNull(text, "text");
        CheckContext context = new CheckContext(
                text,
                cycleYear,
                unitName == null ? "" : unitName,
                previousShortcomings == null ? Optional.empty() : previousShortcomings.filter(s -> !s.isBlank()));
        List<Finding> findings = new ArrayList<>();
        for (ComplianceRule rule : rules) {
            findings.addAll(rule.apply(context));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }
}
