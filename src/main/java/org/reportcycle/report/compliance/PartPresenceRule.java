package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportcycle.shared.Part;

/**
 * The four mandatory parts must be there and say something. A part that holds only its heading is as
 * good as empty for a reader, but the drafter may still be writing, so that is a warning.
 */
final class PartPresenceRule implements ComplianceRule {

    private static final int HEADING_LENGTH = 40;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;,，!?！？]");

    @Override
    public List<Finding> apply(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Part part : Part.values()) {
            if (!part.mandatory()) {
                continue;
            }
            String text = context.text().parts().get(part);
            if (text == null) {
                findings.add(new Finding(
                        "part.missing",
                        part,
                        Severity.ERROR,
                        "缺少" + label(part) + "：" + part.titleZh() + "。",
                        "Part " + part.code() + " is missing: " + part.titleEn() + ".",
                        null));
            } else if (text.isBlank()) {
                findings.add(new Finding(
                        "part.empty",
                        part,
                        Severity.ERROR,
                        label(part) + "（" + part.titleZh() + "）内容为空。",
                        "Part " + part.code() + " (" + part.titleEn() + ") is empty.",
                        null));
            } else if (headingsOnly(text)) {
                findings.add(new Finding(
                        "part.headingOnly",
                        part,
                        Severity.WARNING,
                        label(part) + "只有标题，没有正文。",
                        "Part " + part.code() + " has a heading but no text.",
                        text.strip()));
            }
        }
        return findings;
    }

    private static boolean headingsOnly(String text) {
        return Wording.lines(text).stream()
                .allMatch(line -> line.length() <= HEADING_LENGTH
                        && !SENTENCE_MARK.matcher(line).find());
    }

    static String label(Part part) {
        return part == Part.RECTIFICATION ? "问题整改情况部分" : "第" + "一二三四五".charAt(part.ordinal()) + "部分";
    }
}
