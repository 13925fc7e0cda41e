package org.reportcycle.report.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises heading lines in any of the numbering styles found in real reports, indented or not, with
 * full- or half-width punctuation (matching runs on the NFKC form, so "（一）" and "(一)" are the same).
 */
final class HeadingDetector {

    private static final String HAN_NUM = "([一二三四五六七八九十]{1,3})";
    private static final Pattern PART =
            Pattern.compile("^第\\s*" + HAN_NUM.replace(")", "|\\d{1,2})") + "\\s*(?:部分|章|篇)\\s*[、.,:]?\\s*");
    private static final Pattern HAN = Pattern.compile("^" + HAN_NUM + "\\s*(?:[、.,:]\\s*|\\s+(?=[\\p{IsHan}\\d]))");
    // "一)" is a （一） whose opening bracket got lost on the way to the web page
    private static final Pattern HAN_PAREN =
            Pattern.compile("^(?:\\(\\s*" + HAN_NUM + "\\s*\\)|" + HAN_NUM + "\\))\\s*[、.,:]?\\s*");
    // "1.5" is a number, "1.2024年度…" a heading that starts with a year
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*(?:、|[.,:](?!\\d)|[.,:](?=\\d{4}年))\\s*");
    private static final Pattern ARABIC_PAREN =
            Pattern.compile("^(?:\\(\\s*(\\d{1,2})\\s*\\)|(\\d{1,2})\\))\\s*[、.,:]?\\s*");
    /** Ⅰ、 Ⅱ. …: NFKC has already turned the Roman numeral signs into Latin letters. */
    private static final Pattern ROMAN =
            Pattern.compile("^(X?(?:IX|IV|VI{0,3}|I{1,3})|X)\\s*[、.,:]\\s*(?=[\\p{IsHan}\\d])");
    /** Emphasis around a heading: 【一、…】, **一、…**, ## 一、… (only for matching; the text keeps them). */
    private static final Pattern MARKUP_START = Pattern.compile("^(?:【|\\*\\*|#{1,6}\\s*)\\s*");

    private static final Pattern MARKUP_END = Pattern.compile("\\s*(?:】|\\*\\*)\\s*");
    private static final Pattern HAN_SHI = Pattern.compile("^([一二三四五六七八九十]{1,2})是");
    // A colon ends the heading too when the paragraph follows on the same line ("一、主要举措：…").
    // a half-width full stop ends a sentence too (some sites serve "工作.一是…"), unless it is a decimal point
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;:；！？]|\\.(?!\\d)");
    private static final Pattern SOURCE_SENTENCE_END = Pattern.compile("[。！？；!?;：:．]|\\.(?!\\d)");
    /** The numbering at the start of a source line, so a sentence end is only looked for after it. */
    private static final Pattern SOURCE_NUMBER = Pattern.compile(
            "^\\s*(?:【|\\*\\*)?\\s*(?:第\\S{1,3}?(?:部分|章|篇)|[（(]?[一二三四五六七八九十\\dⅠ-Ⅻ]{1,3}[)）]?)\\s*[、.．,，:：]?");

    private static final int MAX_SCAN = 240;
    static final int SHORT_LINE = 30;

    private HeadingDetector() {}

    static Optional<HeadingCandidate> detect(int index, CleanLine line) {
        String text = line.text();
        String head = unmark(TextNormalizer.normalize(text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text));
        Matcher roman = ROMAN.matcher(head);
        if (roman.find()) {
            return candidate(index, line, HeadingStyle.HAN, romanNumber(roman.group(1)), head.substring(roman.end()));
        }
        for (HeadingStyle style : HeadingStyle.values()) {
            Pattern pattern = pattern(style);
            if (pattern == null) {
                continue;
            }
            Matcher m = pattern.matcher(head);
            if (m.find()) {
                String rest = head.substring(style == HeadingStyle.HAN_SHI ? 0 : m.end());
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                return candidate(index, line, style, parseNumber(number), rest);
            }
        }
        return candidate(index, line, HeadingStyle.UNNUMBERED, 0, head);
    }

    // 【一、主要举措】 and **一、主要举措** read as 一、主要举措; a closing mark ends the heading like a full stop.
    private static String unmark(String head) {
        Matcher start = MARKUP_START.matcher(head);
        if (!start.find() || start.end() == 0) {
            return head;
        }
        String rest = head.substring(start.end());
        Matcher end = MARKUP_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) + "。" + rest.substring(end.end()) : rest;
    }

    private static int romanNumber(String roman) {
        int value = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int digit = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return value;
    }

    private static Optional<HeadingCandidate> candidate(
            int index, CleanLine line, HeadingStyle style, int number, String rest) {
        String compactRest = rest.replaceAll("\\s+", "");
        Matcher end = SENTENCE_END.matcher(compactRest);
        boolean hasEnd = end.find();
        boolean inline = hasEnd && end.end() < compactRest.length();
        String portion = hasEnd ? compactRest.substring(0, end.start()) : compactRest;
        boolean wholeShortLine = !inline
                && compactRest.length() <= SHORT_LINE
                && !compactRest.matches(".*[,、:]$")
                && compactRest.codePoints().anyMatch(HeadingDetector::isHan);
        if ((style == HeadingStyle.HAN_SHI || style == HeadingStyle.UNNUMBERED) && !wholeShortLine) {
            return Optional.empty();
        }
        // Without a number only the form tells a heading from a short sentence: headings have no full stop.
        if (style == HeadingStyle.UNNUMBERED && hasEnd) {
            return Optional.empty();
        }
        if (portion.isEmpty() || number < 0) {
            return Optional.empty();
        }
        return Optional.of(new HeadingCandidate(index, line, style, number, portion, display(line.text(), inline)));
    }

    // An inline heading is shown without the paragraph that follows it on the same line.
    private static String display(String text, boolean inline) {
        if (!inline) {
            return text;
        }
        Matcher number = SOURCE_NUMBER.matcher(text);
        Matcher end = SOURCE_SENTENCE_END.matcher(text);
        int cut = end.find(number.find() ? number.end() : 0) ? end.start() : text.length();
        int closing = text.indexOf('】');
        if (closing >= 0 && closing < cut) {
            return text.substring(0, closing + 1).strip();
        }
        int bold = text.indexOf("**", 2);
        if (text.startsWith("**") && bold >= 0 && bold < cut) {
            return text.substring(0, bold + 2).strip();
        }
        return text.substring(0, cut).strip();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Pattern pattern(HeadingStyle style) {
        return switch (style) {
            case PART -> PART;
            case HAN -> HAN;
            case HAN_PAREN -> HAN_PAREN;
            case ARABIC -> ARABIC;
            case ARABIC_PAREN -> ARABIC_PAREN;
            case HAN_SHI -> HAN_SHI;
            case UNNUMBERED -> null;
        };
    }

    /** 一 → 1, 十二 → 12, 二十一 → 21, "7" → 7; -1 when it is not a number we expect in a heading. */
    static int parseNumber(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(token);
        }
        String digits = "一二三四五六七八九";
        int ten = token.indexOf('十');
        if (ten < 0) {
            return token.length() == 1 ? digits.indexOf(token.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digits.indexOf(token.charAt(0)) + 1 : -1);
        String onesPart = token.substring(ten + 1);
        int ones = onesPart.isEmpty() ? 0 : (onesPart.length() == 1 ? digits.indexOf(onesPart.charAt(0)) + 1 : -1);
        return tens <= 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
