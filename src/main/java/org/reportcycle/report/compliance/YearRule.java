package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.shared.Part;

/**
 * Years in the text. A year after next year is most likely a typo (targets such as "到2035年" and ranges
 * such as "2021—2025年" are left alone). In the parts about the reporting year (1, 2, 3), wording that
 * states which year is reported on ("2023年以来，…", "2023年度法治政府建设…") must name the cycle year:
 * copying last year's report and forgetting to update it is a classic.
 */
final class YearRule implements ComplianceRule {

    private static final Set<Part> ABOUT_REPORTING_YEAR =
            EnumSet.of(Part.MEASURES, Part.SHORTCOMINGS, Part.FIRST_RESPONSIBLE);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d\\-—–~至到])((?:19|20)\\d{2})年");
    private static final Pattern LEADING_MARKER =
            Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.,]|\\([一二三四五六七八九十\\d]{1,3}\\)|\\d{1,2}[.、,])\\s*");
    /** Wording that states the reporting year, at the start of a paragraph or heading. */
    private static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年(?:以来|度|全年)?(?:[,、]|$)");
    /** "2023年度法治政府建设…", "2023年党政主要负责人履行…" anywhere in a paragraph. */
    private static final Pattern REPORTING_YEAR =
            Pattern.compile("((?:19|20)\\d{2})年度?(?:推进)?(?:法治政府建设|党政主要负责人|主要负责人履行)");
    /** Around a year in running text that refers back to earlier years on purpose. */
    private static final Pattern LOOKING_BACK = Pattern.compile("针对|较|比|对比|同比|相比|与|上年|去年|整改|问题");

    @Override
    public List<Finding> apply(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Part, String> entry : context.text().parts().entrySet()) {
            Part part = entry.getKey();
            for (String line : Wording.lines(entry.getValue())) {
                futureYears(part, line, context.cycleYear(), findings);
                if (ABOUT_REPORTING_YEAR.contains(part)) {
                    reportingYear(part, line, context.cycleYear(), findings);
                }
            }
        }
        return findings;
    }

    private static void futureYears(Part part, String line, int cycleYear, List<Finding> findings) {
        Matcher m = ANY_YEAR.matcher(line);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year > cycleYear + 1 && !target(line, m.start()) && !Wording.insideBookTitle(line, m.start())) {
                findings.add(new Finding(
                        "year.future",
                        part,
                        Severity.WARNING,
                        "文中出现" + year + "年，晚于下一年度（" + (cycleYear + 1) + "年），请核对。",
                        "The text mentions " + year + ", after next year (" + (cycleYear + 1) + "); please check.",
                        Wording.sentenceAt(line, m.start())));
            }
        }
    }

    // "到2035年", "至2030年", "2035年远景目标": plans, not mistakes.
    private static boolean target(String line, int at) {
        String before = line.substring(Math.max(0, at - 3), at);
        String after = line.substring(Math.min(line.length(), at + 5), Math.min(line.length(), at + 9));
        return before.matches(".*(到|至|于|前|后)$") || after.startsWith("远景") || after.startsWith("目标");
    }

    private static void reportingYear(Part part, String line, int cycleYear, List<Finding> findings) {
        String body = LEADING_MARKER.matcher(line).replaceFirst("");
        int offset = line.length() - body.length();
        Matcher opening = OPENING_YEAR.matcher(body);
        if (opening.find() && Integer.parseInt(opening.group(1)) != cycleYear) {
            findings.add(mismatch(
                    part,
                    Integer.parseInt(opening.group(1)),
                    cycleYear,
                    Severity.ERROR,
                    Wording.sentenceAt(line, offset)));
            return;
        }
        Matcher m = REPORTING_YEAR.matcher(body);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            String sentence = Wording.sentenceAt(line, offset + m.start());
            boolean headed = m.start() == 0;
            if (year != cycleYear
                    && !Wording.insideBookTitle(body, m.start())
                    && (headed || !LOOKING_BACK.matcher(sentence).find())) {
                findings.add(mismatch(part, year, cycleYear, headed ? Severity.ERROR : Severity.WARNING, sentence));
            }
        }
    }

    private static Finding mismatch(Part part, int year, int cycleYear, Severity severity, String passage) {
        return new Finding(
                "year.mismatch",
                part,
                severity,
                PartPresenceRule.label(part) + "写的是" + year + "年，本报告年度为" + cycleYear + "年。",
                "Part " + part.code() + " speaks of " + year + " but the report covers " + cycleYear + ".",
                passage);
    }
}
