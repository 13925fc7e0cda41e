package org.reportcycle.report.importing;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reproduces Word's automatic list numbers ("一、", "（一）", "1.") as text. Many reports number their
 * headings with Word lists, so the numbers are not in the paragraph text, yet heading detection needs them.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String HAN = "〇一二三四五六七八九";

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label Word would show before this paragraph, or "" when it is not a numbered list item. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        String format = paragraph.getNumFmt();
        String levelText = paragraph.getNumLevelText();
        if (numId == null || format == null || levelText == null || "bullet".equals(format) || "none".equals(format)) {
            return "";
        }
        BigInteger ilvlValue = paragraph.getNumIlvl();
        int level = ilvlValue == null ? 0 : Math.max(0, Math.min(LEVELS - 1, ilvlValue.intValue()));
        int[] counter = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        if (counter[level] == 0) {
            BigInteger start = paragraph.getNumStartOverride();
            counter[level] = start == null ? 1 : Math.max(0, Math.min(999, start.intValue()));
        } else {
            counter[level]++;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            counter[deeper] = 0;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < levelText.length() && i < 40; i++) {
            char c = levelText.charAt(i);
            if (c == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                int referenced = Math.min(LEVELS - 1, Math.max(0, levelText.charAt(++i) - '1'));
                label.append(render(Math.max(1, counter[referenced]), referenced == level ? format : "decimal"));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String render(int n, String format) {
        return switch (format) {
            case "chineseCounting",
                    "chineseCountingThousand",
                    "chineseLegalSimplified",
                    "japaneseCounting",
                    "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> hanCounting(n);
            case "ideographDigital", "taiwaneseDigital" -> hanDigits(n);
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }

    static String hanCounting(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "十" : HAN.charAt(tens) + "十");
        return prefix + (ones == 0 ? "" : String.valueOf(HAN.charAt(ones)));
    }

    private static String hanDigits(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(HAN.charAt(c - '0'));
        }
        return out.toString();
    }
}
