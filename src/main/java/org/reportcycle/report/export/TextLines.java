package org.reportcycle.report.export;

import java.util.ArrayList;
import java.util.List;

/** Splits part text into paragraphs and removes what no document should print. */
final class TextLines {

    private TextLines() {}

    /** One entry per non-blank line, stripped, because the layout supplies indents and spacing itself. */
    static List<String> paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            String cleaned = clean(line).strip();
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }
        return lines;
    }

    /**
     * Tabs become spaces and other control characters go: pasted text carries them, and neither a PDF
     * font nor Word's XML can show them (XML 1.0 even forbids most of them).
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && cp != 0xFEFF && !isNonCharacter(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isNonCharacter(int cp) {
        return cp == 0xFFFE || cp == 0xFFFF || Character.getType(cp) == Character.SURROGATE;
    }
}
