package org.reportcycle.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks a paragraph into lines the way Chinese typesetting does: anywhere between two Han characters,
 * but never inside a run of Latin letters or digits ("2024", "http://…") unless the run is wider than a
 * line, and never with closing punctuation at a line's start or opening punctuation at its end (避头尾).
 * A closing mark that does not fit is squeezed onto the line when it overflows by little (the renderer's
 * justification absorbs that), otherwise it takes the character before it to the next line.
 */
final class LineBreaker {

    /** A line: chars {@code [start, end)} of the paragraph, its natural width and whether it ends it. */
    record Line(int start, int end, double width, boolean last) {}

    private static final String NO_START = "，。、；：？！）》」』】〕〉〗”’…—·%‰℃,.;:?!)]}";
    private static final String NO_END = "（《「『【〔〈〖“‘([{";

    /** The width in points of the code point {@code cp} found at char index {@code index} of the paragraph. */
    @FunctionalInterface
    interface Advance {
        double of(int index, int cp);
    }

    private final Advance advance;

    /** @param advance the width of a code point in points at the paragraph's font size */
    LineBreaker(IntToDoubleFunction advance) {
        this.advance = (index, cp) -> advance.applyAsDouble(cp);
    }

    /** For paragraphs whose width per character depends on where it stands (a heading set in another face). */
    LineBreaker(Advance advance) {
        this.advance = advance;
    }

    /**
     * @param firstWidth the width of the first line (narrower when the paragraph is indented)
     * @param width      the width of the other lines
     * @param squeeze    how far a closing mark may overflow a line, in points
     */
    List<Line> lines(String text, double firstWidth, double width, double squeeze) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int pos = 0;
        double used = 0;
        while (pos < text.length()) {
            double max = lines.isEmpty() ? firstWidth : width;
            int tokenEnd = tokenEnd(text, pos);
            double tokenWidth = width(text, pos, tokenEnd);
            boolean fits = used + tokenWidth <= max + 0.001;
            boolean squeezes =
                    !fits && pos > start && isClosing(text, pos, tokenEnd) && used + tokenWidth <= max + squeeze;
            if (fits || squeezes || pos == start) {
                if (!fits && !squeezes) {
                    // a single token wider than the line: cut it where the line is full, keep at least one char
                    tokenEnd =
                            Math.max(fill(text, pos, tokenEnd, max), pos + Character.charCount(text.codePointAt(pos)));
                    tokenWidth = width(text, pos, tokenEnd);
                }
                used += tokenWidth;
                pos = tokenEnd;
                continue;
            }
            int breakAt = breakBefore(text, start, pos);
            lines.add(new Line(start, breakAt, width(text, start, breakAt), false));
            start = skipSpaces(text, breakAt);
            pos = start;
            used = 0;
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(new Line(start, text.length(), width(text, start, text.length()), true));
        } else {
            Line last = lines.removeLast();
            lines.add(new Line(last.start(), last.end(), last.width(), true));
        }
        return lines;
    }

    /**
     * Where to end a line that is full at {@code pos}: earlier if the next line would start with a closing
     * mark or this one end with an opening mark; the characters before go along to the next line (推出).
     */
    private static int breakBefore(String text, int start, int pos) {
        int at = pos;
        while (at > start) {
            int before = text.offsetByCodePoints(at, -1);
            boolean bad = NO_START.indexOf(text.charAt(at)) >= 0 || NO_END.indexOf(text.charAt(before)) >= 0;
            if (!bad) {
                return at;
            }
            at = before;
        }
        return pos;
    }

    double width(String text, int from, int to) {
        double w = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            w += advance.of(i, cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private boolean isClosing(String text, int from, int to) {
        return to - from == 1 && NO_START.indexOf(text.charAt(from)) >= 0;
    }

    /** The end of the token at {@code pos}: a run of Latin letters and digits, or one code point. */
    private static int tokenEnd(String text, int pos) {
        int end = pos + Character.charCount(text.codePointAt(pos));
        if (!isWordChar(text.codePointAt(pos))) {
            return end;
        }
        while (end < text.length() && (isWordChar(text.codePointAt(end)) || isWordJoiner(text, end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** "3.5" "a-b" "x/y": punctuation between two word characters belongs to the word. */
    private static boolean isWordJoiner(String text, int i) {
        char c = text.charAt(i);
        return ".-/:_@&%".indexOf(c) >= 0 && i + 1 < text.length() && isWordChar(text.codePointAt(i + 1));
    }

    private int fill(String text, int from, int to, double max) {
        double used = 0;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            used += advance.of(i, cp);
            if (used > max) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }
}
