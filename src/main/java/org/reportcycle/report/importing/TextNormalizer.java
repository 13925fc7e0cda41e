package org.reportcycle.report.importing;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two views of a line. {@link #clean} is what the drafter sees (source characters kept, artefacts
 * removed); {@link #normalize} is only for matching: half-width punctuation and digits, simplified
 * characters, years written as "2025年" however the source spelled them.
 */
final class TextNormalizer {

    private static final Pattern ARTEFACT = Pattern.compile("\\[(?:bookmark|image|anchor):[^\\]\\n]{0,200}\\]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u00AD]");
    private static final Pattern SPACED_YEAR = Pattern.compile("(\\d{4})\\s+(?=年)");
    private static final Pattern HAN_YEAR = Pattern.compile("([〇零○O一二三四五六七八九]{4})(?=年)");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private TextNormalizer() {}

    /** The line as shown: conversion artefacts and invisible characters removed, all kinds of blanks trimmed. */
    static String clean(String raw) {
        String s = ARTEFACT.matcher(raw).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        return s.replace('\u00A0', ' ').strip();
    }

    /** The line for matching; never shown to anyone. */
    static String normalize(String cleaned) {
        String s = circledDigitsToParens(cleaned);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = TraditionalChinese.toSimplified(s);
        s = hanYearsToDigits(s);
        return SPACED_YEAR.matcher(s).replaceAll("$1");
    }

    /** Normalized and without any whitespace, for comparing lines and keyword scoring. */
    static String compact(String cleaned) {
        return normalize(cleaned).replaceAll("\\s+", "");
    }

    // NFKC would turn "①" into a bare "1" and lose the marker, so make it "(1)" first.
    private static String circledDigitsToParens(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2460' && c <= '\u2473') {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append('(').append(c - '\u2460' + 1).append(')');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String hanYearsToDigits(String s) {
        Matcher m = HAN_YEAR.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                int d = HAN_DIGITS.indexOf(c);
                digits.append(d < 0 ? 0 : d);
            }
            int year = Integer.parseInt(digits.toString());
            m.appendReplacement(out, year >= 1990 && year <= 2100 ? digits.toString() : m.group(1));
        }
        m.appendTail(out);
        return out.toString();
    }
}
