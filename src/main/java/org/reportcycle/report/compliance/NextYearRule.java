package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.shared.Part;

/**
 * Part 4 is about next year: it must say so (the year, or 下一年度 / 明年 / 下一步 …), and a plan headed
 * with another year ("2024年工作计划" in the 2024 report) was probably copied from last year.
 */
final class NextYearRule implements ComplianceRule {

    private static final Pattern NEXT_YEAR_WORDS = Pattern.compile("下一年|下年度|明年|来年|下一步|下步|今后|新的一年|下阶段|下一阶段");
    private static final Pattern PLAN_YEAR =
            Pattern.compile("(?<![\\d\\-—–~至到])((?:19|20)\\d{2})年度?(?:推进法治政府建设的?)?(?:工作|主要)?(?:计划|安排|打算|思路|重点|举措)");

    @Override
    public List<Finding> apply(CheckContext context) {
        String text = context.text().parts().get(Part.NEXT_YEAR);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int nextYear = context.cycleYear() + 1;
        List<Finding> findings = new ArrayList<>();
        String normalized = Wording.normalize(text);
        if (!normalized.contains(nextYear + "年")
                && !NEXT_YEAR_WORDS.matcher(normalized).find()) {
            findings.add(new Finding(
                    "nextYear.missing",
                    Part.NEXT_YEAR,
                    Severity.WARNING,
                    "第四部分未提及" + nextYear + "年或“下一年度”，请说明下一年度的安排。",
                    "Part 4 never mentions " + nextYear + " or \"next year\"; it should set out next year's plans.",
                    Wording.lines(text).get(0)));
        }
        for (String line : Wording.lines(text)) {
            Matcher m = PLAN_YEAR.matcher(line);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year != nextYear) {
                    findings.add(new Finding(
                            "year.mismatch",
                            Part.NEXT_YEAR,
                            Severity.ERROR,
                            "第四部分的计划年度为" + year + "年，应为" + nextYear + "年。",
                            "Part 4 plans for " + year + "; it should plan for " + nextYear + ".",
                            Wording.sentenceAt(line, m.start())));
                }
            }
        }
        return findings;
    }
}
