package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * A name broken into lines of at most so many units (a Latin letter is one, a CJK character two): between words
 * where the name has them (English), anywhere in CJK text, and inside a word only when it alone is too long.
 */
final class LabelLines {

    private LabelLines() {}

    static List<String> of(String name, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(name)) {
            String joined = line.isEmpty() ? word.strip() : line + word;
            if (line.isEmpty() || units(joined.stripTrailing()) <= perLine) {
                line.setLength(0);
                line.append(joined);
            } else {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(word.strip());
            }
            while (units(line.toString().strip()) > perLine) { // one word wider than the box
                int cut = fitting(line.toString(), perLine);
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString().strip());
        return lines;
    }

    /** The name in pieces that may end a line: each CJK character, or a Latin word with the space before it. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x2E80) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                words.add(Character.toString(cp));
                continue;
            }
            if (cp == ' ' && !word.isEmpty() && word.charAt(word.length() - 1) != ' ') {
                words.add(word.toString());
                word.setLength(0);
            }
            word.appendCodePoint(cp);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The width of text in units of a Latin letter (a CJK character is two). */
    private static int units(String text) {
        return text.codePoints().map(LabelLines::width).sum();
    }

    /** A code point's width: a CJK character two units, anything else one. */
    private static int width(int cp) {
        return cp > 0x2E80 ? 2 : 1;
    }

    /** How many chars of the text fit into so many units (at least one code point). */
    private static int fitting(String text, int perLine) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = width(cp);
            if (used + w > perLine && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }
}
