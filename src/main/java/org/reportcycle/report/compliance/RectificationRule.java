package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportcycle.shared.Part;

/**
 * When last year's shortcomings are known, this year's report should say what was done about them, in
 * the rectification part or among the measures. A shortcoming counts as addressed when enough of its key
 * phrases reappear there. The match is fuzzy, so unaddressed ones are a warning for the reviewer.
 */
final class RectificationRule implements ComplianceRule {

    /** Share of a shortcoming's key phrases that must reappear. */
    private static final double COVERAGE = 0.4;

    private static final int MIN_SHARED = 2;

    @Override
    public List<Finding> apply(CheckContext context) {
        String previous = context.previousShortcomings().orElse("");
        List<String> items = ShortcomingItems.split(previous);
        if (items.isEmpty()) {
            return List.of();
        }
        String answer = Wording.normalize(
                context.text().part(Part.RECTIFICATION) + "\n" + context.text().part(Part.MEASURES));
        List<String> unaddressed = new ArrayList<>();
        for (String item : items) {
            if (!addressed(item, answer)) {
                unaddressed.add(item);
            }
        }
        if (unaddressed.isEmpty()) {
            return List.of();
        }
        String list = String.join("；", unaddressed);
        return List.of(new Finding(
                "rectification.missing",
                Part.RECTIFICATION,
                Severity.WARNING,
                "上一年度指出的" + unaddressed.size() + "项不足未见整改情况：" + list,
                unaddressed.size() + " of last year's shortcomings are not addressed: " + list,
                list));
    }

    static boolean addressed(String item, String answer) {
        Set<String> phrases = KeyPhrases.of(item);
        long shared = phrases.stream().filter(answer::contains).count();
        return shared >= MIN_SHARED && shared >= Math.ceil(COVERAGE * phrases.size());
    }
}
