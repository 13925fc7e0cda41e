package org.reportcycle.report.export;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the heading styles real reports use and writes Chinese ordinal numerals. */
final class Headings {

    /** "一、" "十二." "三，": the level of the five statutory parts (and of authors' own top-level topics). */
    private static final Pattern LEVEL_ONE = Pattern.compile("^([一二三四五六七八九十百〇零]{1,4})\\s*[、.．，,]\\s*");
    /** "（一）" "(三)": sub-headings, full- or half-width brackets. */
    private static final Pattern LEVEL_TWO = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]");
    /** Characters that end the heading sentence of a run-in heading. */
    private static final String SENTENCE_END = "。：:！？!?";
    /** Beyond this a "heading" is really a paragraph: only a shorter first sentence is emphasised. */
    private static final int MAX_LEAD = 80;

    private static final String DIGITS = "〇一二三四五六七八九";

    private Headings() {}

    static boolean isLevelOne(String line) {
        return LEVEL_ONE.matcher(line).find() && number(line).isPresent();
    }

    static boolean isLevelTwo(String line) {
        return LEVEL_TWO.matcher(line).find();
    }

    /** The line without its "一、" numbering, or the line itself when it has none. */
    static String withoutNumber(String line) {
        Matcher m = LEVEL_ONE.matcher(line);
        return m.find() ? line.substring(m.end()) : line;
    }

    /** The value of a level-one numeral ("十二、" gives 12). */
    static OptionalInt number(String line) {
        Matcher m = LEVEL_ONE.matcher(line);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        return parse(m.group(1));
    }

    /** 1 → "一", 10 → "十", 12 → "十二", 20 → "二十", 101 → "一百零一" (reports never get that far). */
    static String numeral(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("no numeral for " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        String rest = n % 100 == 0 ? "" : (n % 100 < 10 ? "零" : (n % 100 < 20 ? "一" : "")) + numeral(n % 100);
        return DIGITS.charAt(n / 100 % 10) + "百" + rest;
    }

    /**
     * The part of a heading line to emphasise. A short line is all heading; a long line starting with a
     * heading sentence ("（一）强化组织领导。一是……") is a run-in heading and only that sentence is emphasised.
     */
    static String lead(String line) {
        for (int i = 0; i < line.length() && i < MAX_LEAD; i++) {
            if (SENTENCE_END.indexOf(line.charAt(i)) >= 0) {
                return line.substring(0, i + 1);
            }
        }
        if (line.length() <= MAX_LEAD) {
            return line;
        }
        Matcher m = LEVEL_TWO.matcher(line);
        if (m.find()) {
            return line.substring(0, m.end());
        }
        Matcher one = LEVEL_ONE.matcher(line);
        return one.find() ? line.substring(0, one.end()) : "";
    }

    private static OptionalInt parse(String numeral) {
        int total = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = c == '零' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit <= 0 ? 1 : digit) * 10;
                digit = -1;
            } else if (c == '百') {
                total += (digit <= 0 ? 1 : digit) * 100;
                digit = -1;
            }
        }
        total += Math.max(digit, 0);
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
