package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title has a fixed form, "〈unit〉〈year〉年法治政府建设年度报告" (Shaanxi fixed the name). Common
 * variants (情况报告, 工作报告, 关于…的报告) are only warnings; a missing or wrong unit or year, or a title
 * that is not a rule-of-law report at all, is an error.
 */
final class TitleRule implements ComplianceRule {

    static final String FIXED_TAIL = "年法治政府建设年度报告";
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern OFFICE_SUFFIX = Pattern.compile("(办事处|人民政府|党工委|党委)$");

    @Override
    public List<Finding> apply(CheckContext context) {
        String title = Wording.compact(context.text().title());
        String expected = Wording.compact(context.unitName()) + context.cycleYear() + FIXED_TAIL;
        List<Finding> findings = new ArrayList<>();
        if (title.isEmpty()) {
            findings.add(error(
                    "title.form",
                    "报告缺少标题，应为“" + expected + "”。",
                    "The report has no title; it should be \"" + expected + "\".",
                    null));
            return findings;
        }
        if (title.equals(expected)) {
            return findings;
        }
        String shown = context.text().title().strip();
        Matcher year = YEAR.matcher(title);
        boolean hasYear = year.find();
        if (!hasYear) {
            findings.add(error(
                    "title.year",
                    "标题缺少年度（应为" + context.cycleYear() + "年）。",
                    "The title has no year (should be " + context.cycleYear() + ").",
                    shown));
        } else if (Integer.parseInt(year.group(1)) != context.cycleYear()) {
            findings.add(error(
                    "title.year",
                    "标题年度为" + year.group(1) + "年，应为" + context.cycleYear() + "年。",
                    "The title says " + year.group(1) + "; the report is about " + context.cycleYear() + ".",
                    shown));
        }
        if (!namesUnit(title, context.unitName())) {
            findings.add(error(
                    "title.unit",
                    "标题中缺少单位名称“" + context.unitName() + "”。",
                    "The title does not name the unit \"" + context.unitName() + "\".",
                    shown));
        }
        String tail = hasYear ? title.substring(year.start() + 4) : title;
        if (!tail.equals(FIXED_TAIL) || title.contains("关于")) {
            boolean variant = title.contains("法治政府建设") && title.endsWith("报告");
            findings.add(new Finding(
                    "title.form",
                    null,
                    variant ? Severity.WARNING : Severity.ERROR,
                    "标题应为固定格式“" + expected + "”。",
                    "The title should read \"" + expected + "\".",
                    shown));
        }
        return findings;
    }

    private static boolean namesUnit(String title, String unitName) {
        String unit = Wording.compact(unitName);
        if (unit.isEmpty()) {
            return true;
        }
        return title.contains(unit)
                || title.contains(OFFICE_SUFFIX.matcher(unit).replaceFirst(""));
    }

    private static Finding error(String code, String zh, String en, String passage) {
        return new Finding(code, null, Severity.ERROR, zh, en, passage);
    }
}
