package org.reportcycle.report.export;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces one PDF uses, each embedded on first use (as a subset of the glyphs drawn with it), and the
 * drawing of text in a face with Song standing in for the characters the face lacks.
 */
final class PdfFonts {

    private final PDDocument doc;
    private final Map<Typeface, PDType0Font> embedded = new EnumMap<>(Typeface.class);

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font font(Typeface face) throws IOException {
        PDType0Font font = embedded.get(face);
        if (font == null) {
            font = CjkFont.embed(doc, face);
            embedded.put(face, font);
        }
        return font;
    }

    /** Shows {@code text} (already {@link CjkFont#printable}) between BT and ET, switching fonts as needed. */
    void show(PDPageContentStream stream, Typeface face, float size, String text) throws IOException {
        for (CjkFont.Segment segment : CjkFont.segments(face, text)) {
            stream.setFont(font(segment.face()), size);
            stream.showText(segment.text());
        }
    }

    /** The width of {@code text} in points when set in {@code face} at {@code size}. */
    static float width(Typeface face, String text, float size) {
        return (float) text.codePoints()
                .mapToDouble(cp -> CjkFont.width(face, cp) * size / 1000.0)
                .sum();
    }
}
