package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report title among the first lines, joining a unit line above it ("天津市…街道办事处" /
 * "2021年度法治政府建设情况报告") or a wrapped tail below it, and reads the year and unit from it.
 */
final class TitleExtractor {

    private static final int SEARCH_LINES = 6;
    private static final int MAX_TITLE = 80;
    private static final int SHORT_LEFTOVER = 40;
    private static final Pattern UNIT_AFTER_YEAR =
            Pattern.compile("^度?(\\p{IsHan}{2,20}?(?:街道办事处|街道|人民政府|镇|乡|局|委员会|办公室))(?:关于)?(?:法治|依法)");
    /** A numbered heading ("（一）坚持全面依法治县，推进法治政府建设") is never the title. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]{1,3}(?:部分|章|篇)|[一二三四五六七八九十]{1,3}[、.,:)]|\\(\\S{1,3}\\)|\\d{1,2}[、.)])");

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern UNIT_LINE =
            Pattern.compile("\\p{IsHan}[\\p{IsHan}()]{1,29}(办事处|街道|镇|乡|人民政府|政府|局|委员会|委|办公室|办|中心|院|厅|署|所|党委|党工委|党组)");

    /**
     * The title and what it tells.
     *
     * @param title the title as written, or null when none was found
     * @param year the year in the title, or null
     * @param unitFull the text before the year, or null
     * @param body the lines after the title, with repeats of the title removed
     */
    record Result(String title, Integer year, String unitFull, List<CleanLine> body) {}

    private TitleExtractor() {}

    static Result extract(List<CleanLine> lines) {
        for (int i = 0; i < lines.size() && i < SEARCH_LINES; i++) {
            if (titleLike(lines.get(i).key())) {
                return found(lines, i);
            }
        }
        return new Result(null, null, null, lines);
    }

    private static Result found(List<CleanLine> lines, int at) {
        int first = at;
        int last = at;
        if (at > 0
                && UNIT_LINE.matcher(lines.get(at - 1).key()).matches()
                && !namesUnit(lines.get(at).key())) {
            first = at - 1;
        }
        if (!lines.get(at).key().contains("报告")
                && at + 1 < lines.size()
                && wrappedTail(lines.get(at + 1).key())) {
            last = at + 1;
        }
        StringBuilder title = new StringBuilder();
        StringBuilder key = new StringBuilder();
        for (int i = first; i <= last; i++) {
            title.append(lines.get(i).text());
            key.append(lines.get(i).key());
        }
        String titleKey = key.toString();
        List<CleanLine> body = new ArrayList<>();
        // Short lines above the title are site names and leftovers of the page; longer ones are kept.
        for (int i = 0; i < first; i++) {
            if (lines.get(i).key().length() > SHORT_LEFTOVER
                    || lines.get(i).key().contains("。")) {
                body.add(lines.get(i));
            }
        }
        for (int i = last + 1; i < lines.size(); i++) {
            String lineKey = lines.get(i).key();
            if (!lineKey.equals(titleKey) && !lineKey.equals(lines.get(at).key())) {
                body.add(lines.get(i));
            }
        }
        Matcher year = YEAR.matcher(titleKey);
        Integer y = year.find() ? Integer.valueOf(year.group(1)) : null;
        String unit = y == null ? null : unitBefore(titleKey.substring(0, year.start()));
        if (y != null && unit == null) {
            unit = unitAfter(titleKey.substring(year.end()));
        }
        return new Result(title.toString(), y, unit, body);
    }

    private static boolean namesUnit(String titleKey) {
        Matcher year = YEAR.matcher(titleKey);
        return !year.find() || unitBefore(titleKey.substring(0, year.start())) != null;
    }

    // "2024年度东湖街道法治政府建设情况报告": the unit follows the year.
    private static String unitAfter(String rest) {
        Matcher m = UNIT_AFTER_YEAR.matcher(rest);
        return m.find() ? m.group(1) : null;
    }

    private static String unitBefore(String prefix) {
        String unit = prefix.replaceFirst("^关于", "").replaceFirst("关于$", "").replaceFirst("[\\p{Punct}]+$", "");
        return unit.isBlank() ? null : unit;
    }

    static boolean titleLike(String key) {
        return key.length() <= MAX_TITLE
                && !NUMBERED.matcher(key).find()
                && !key.contains("。")
                && (key.contains("报告") || key.contains("总结") || key.endsWith("法治政府建设"))
                && (key.contains("法治") || key.contains("依法行政") || key.contains("依法治"));
    }

    private static boolean wrappedTail(String key) {
        return key.length() <= 15 && (key.endsWith("报告") || key.endsWith("总结")) && !key.contains("。");
    }
}
