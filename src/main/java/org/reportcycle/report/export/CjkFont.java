package org.reportcycle.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK fonts the PDF and OFD embed (see {@code /fonts/README.md}): {@link Typeface#SONG}, Noto Serif SC
 * cut down to GB 2312, decides what is printable; the per-level faces ({@link Typeface}) draw what they
 * have, and Song draws the rest, character by character.
 */
final class CjkFont {

    /** What a character the font lacks is printed as: a white square, the usual "missing character" mark. */
    static final int MISSING = '□';

    /** A piece of text that one face draws. */
    record Segment(Typeface face, String text) {}

    private CjkFont() {}

    /** Embeds Song in {@code doc} as a subset of the glyphs the document ends up using. */
    static PDType0Font embed(PDDocument doc) throws IOException {
        return embed(doc, Typeface.SONG);
    }

    static PDType0Font embed(PDDocument doc, Typeface face) throws IOException {
        TrueTypeFont ttf = face.parse();
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, true);
    }

    /**
     * Writes a TrueType font with only the glyphs of {@code codePoints} that {@code face} has (for formats
     * without subsetting of their own, such as OFD): a few hundred kilobytes instead of the whole file.
     */
    static void subset(Typeface face, Set<Integer> codePoints, OutputStream out) throws IOException {
        try (TrueTypeFont ttf = face.parse()) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            codePoints.stream().filter(face::has).forEach(subsetter::add);
            if (face == Typeface.SONG) {
                subsetter.add(MISSING);
            }
            subsetter.writeToStream(out);
        }
    }

    static boolean has(int cp) {
        return Typeface.SONG.has(cp);
    }

    /** The advance width of {@code cp} in 1/1000 em, assuming {@link #printable} was applied. */
    static int width(int cp) {
        return has(cp) ? Typeface.SONG.width(cp) : Typeface.SONG.width(MISSING);
    }

    /** The width of {@code cp} when set in {@code face}: its own, or Song's where Song draws it. */
    static int width(Typeface face, int cp) {
        return face.has(cp) ? face.width(cp) : width(cp);
    }

    /** The face that draws {@code cp} when {@code face} is asked for. */
    static Typeface drawing(Typeface face, int cp) {
        return face.has(cp) ? face : Typeface.SONG;
    }

    /** {@code text} (already {@link #printable}) cut where the face that draws it changes. */
    static List<Segment> segments(Typeface face, String text) {
        List<Segment> out = new ArrayList<>(1);
        int start = 0;
        Typeface current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Typeface drawing = drawing(face, cp);
            if (drawing != current && i > start) {
                out.add(new Segment(current, text.substring(start, i)));
                start = i;
            }
            current = drawing;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            out.add(new Segment(current, text.substring(start)));
        }
        return out;
    }

    /**
     * The text with every character the font lacks replaced: first by its compatibility form (a
     * full-width letter, a ligature) when the font has that, otherwise by {@link #MISSING}. PDFBox would
     * throw on such a character; a report must still export.
     */
    static String printable(String text) {
        if (text.codePoints().allMatch(CjkFont::has)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (has(cp)) {
                out.appendCodePoint(cp);
            } else {
                String compatible = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                if (!compatible.isEmpty() && compatible.codePoints().allMatch(CjkFont::has)) {
                    out.append(compatible);
                } else {
                    out.appendCodePoint(MISSING);
                }
            }
        });
        return out.toString();
    }
}
