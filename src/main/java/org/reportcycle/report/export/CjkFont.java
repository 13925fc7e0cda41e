package org.reportcycle.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font every PDF embeds: Noto Serif SC Regular cut down to GB 2312 plus Latin and punctuation
 * (see {@code /fonts/README.md}). The file is read once; each document parses its own copy because a
 * parsed {@link TrueTypeFont} reads lazily from its buffer and is not safe to share between threads.
 */
final class CjkFont {

    static final String RESOURCE = "/fonts/NotoSerifSC-Regular-GB2312.ttf";
    /** What a character the font lacks is printed as: a white square, the usual "missing character" mark. */
    static final int MISSING = '□';

    private static final class Loaded {
        static final byte[] BYTES = read();
        /** Advance widths in 1/1000 em for the Basic Multilingual Plane; negative where the font has no glyph. */
        static final short[] WIDTHS = widths(BYTES);
    }

    private CjkFont() {}

    /** Embeds the font in {@code doc} as a subset of the glyphs the document ends up using. */
    static PDType0Font embed(PDDocument doc) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Loaded.BYTES));
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, true);
    }

    /**
     * Writes a TrueType font with only the glyphs of {@code codePoints} (for formats without subsetting of
     * their own, such as OFD): a few hundred kilobytes instead of the whole 3 MB file.
     */
    static void subset(Set<Integer> codePoints, OutputStream out) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Loaded.BYTES))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            codePoints.stream().filter(CjkFont::has).forEach(subsetter::add);
            subsetter.add(MISSING);
            subsetter.writeToStream(out);
        }
    }

    static boolean has(int cp) {
        return cp < Loaded.WIDTHS.length && Loaded.WIDTHS[cp] >= 0;
    }

    /** The advance width of {@code cp} in 1/1000 em, assuming {@link #printable} was applied. */
    static int width(int cp) {
        return has(cp) ? Loaded.WIDTHS[cp] : Loaded.WIDTHS[MISSING];
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

    private static byte[] read() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static short[] widths(byte[] bytes) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            short[] widths = new short[0x10000];
            Arrays.fill(widths, (short) -1);
            for (int cp = 0; cp < widths.length; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    widths[cp] = (short) Math.round(ttf.getAdvanceWidth(gid) * scale);
                }
            }
            return widths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
