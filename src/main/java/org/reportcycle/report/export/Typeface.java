package org.reportcycle.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The faces GB/T 9704 asks for, each played by a free font shipped in {@code /fonts} (see its README).
 * {@link #SONG} covers all of GB 2312 and is the fallback: the other faces hold GB 2312 level 1 only, and
 * a character they lack is drawn in Song ({@link CjkFont#segments}).
 */
enum Typeface {
    /** 宋体: Noto Serif SC Regular; page numbers, the signature block, and every character the others lack. */
    SONG("/fonts/NotoSerifSC-Regular-GB2312.ttf", "Noto Serif SC"),
    /** 仿宋: FandolFang Regular; body text. */
    FANG("/fonts/FandolFang-Regular-GB2312L1.ttf", "FandolFang"),
    /** 黑体: Noto Sans SC Medium; level-one headings (一、). */
    HEI("/fonts/NotoSansSC-Medium-GB2312L1.ttf", "Noto Sans SC Medium"),
    /** 楷体: AR PL UKai CN; level-two headings (（一）). */
    KAI("/fonts/UKai-CN-GB2312L1.ttf", "AR PL UKai CN"),
    /** 小标宋: Noto Serif SC Bold, standing for 方正小标宋; the title. */
    XIAOBIAOSONG("/fonts/NotoSerifSC-Bold-GB2312L1.ttf", "Noto Serif SC Bold");

    private final String resource;
    private final String family;
    private volatile Loaded loaded;

    /** The file's bytes and its advance widths in 1/1000 em for the BMP, negative where it has no glyph. */
    private record Loaded(byte[] bytes, short[] widths) {}

    Typeface(String resource, String family) {
        this.resource = resource;
        this.family = family;
    }

    String family() {
        return family;
    }

    /** The face a heading's words are set in; the rest of a run-in heading is body text ({@link #FANG}). */
    static Typeface forLead(Block.Kind kind) {
        return switch (kind) {
            case TITLE -> XIAOBIAOSONG;
            case PART_HEADING -> HEI;
            case SUB_HEADING -> KAI;
            case BODY, CLOSING, NOTE -> FANG;
        };
    }

    boolean has(int cp) {
        short[] widths = loaded().widths();
        return cp < widths.length && widths[cp] >= 0;
    }

    /** The advance width of {@code cp} in 1/1000 em; only meaningful when {@link #has} it. */
    int width(int cp) {
        return loaded().widths()[cp];
    }

    /** A fresh parse of the file: a parsed font reads lazily from its buffer and is not safe to share. */
    TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(loaded().bytes()));
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    byte[] bytes = read();
                    l = new Loaded(bytes, widths(bytes));
                    loaded = l;
                }
            }
        }
        return l;
    }

    private byte[] read() {
        try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
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
