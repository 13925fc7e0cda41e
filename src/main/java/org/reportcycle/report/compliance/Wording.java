package org.reportcycle.report.compliance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers shared by the rules: a matching form of Chinese text (half-width digits and punctuation,
 * "2025 年" → "2025年", "二〇二四年" → "2024年") and sentence lookup for quoting passages.
 */
final class Wording {

    private static final Pattern SPACED_YEAR = Pattern.compile("(\\d{4})\\s+(?=年)");
    private static final Pattern HAN_YEAR = Pattern.compile("([〇零○一二三四五六七八九]{4})(?=年)");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;!?！？]+[。；;!?！？]?");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private Wording() {}

    /** For matching only: NFKC, years as digits directly followed by 年. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher m = HAN_YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            m.group(1).chars().forEach(c -> digits.append(Math.max(0, HAN_DIGITS.indexOf(c))));
            m.appendReplacement(out, digits.toString());
        }
        m.appendTail(out);
        return SPACED_YEAR.matcher(out).replaceAll("$1");
    }

    /** Normalized and without whitespace, for comparing titles and names. */
    static String compact(String text) {
        return normalize(text).replaceAll("\\s+", "");
    }

    /** The normalized lines of a part text, blank ones dropped. */
    static List<String> lines(String partText) {
        List<String> lines = new ArrayList<>();
        for (String line : normalize(partText).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** The sentence of {@code line} that contains position {@code at}, trimmed, for quoting. */
    static String sentenceAt(String line, int at) {
        Matcher m = SENTENCE.matcher(line);
        while (m.find()) {
            if (at >= m.start() && at < m.end()) {
                return m.group().strip();
            }
        }
        return line.strip();
    }

    /** True when position {@code at} lies inside 《…》, i.e. inside the name of a document. */
    static boolean insideBookTitle(String line, int at) {
        return line.lastIndexOf('《', at) > line.lastIndexOf('》', at);
    }
}
