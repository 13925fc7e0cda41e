package org.reportcycle.report.export;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * How each kind of paragraph looks in Word, after GB/T 9704-2012: title in 方正小标宋简体 2号, part headings in
 * 黑体, sub-headings in 楷体, body in 仿宋, all 3号 on a fixed 28 pt line. Word substitutes a font a machine
 * lacks, so every heading is also bold: it stays a heading whatever font is shown.
 *
 * @param eastAsiaFont font for Chinese characters; Latin letters and digits use {@link #LATIN_FONT}
 * @param indentChars  first-line indent in characters (hundredths are what Word stores)
 * @param spaceBefore  space before the paragraph, in points
 */
record DocxStyle(
        String eastAsiaFont,
        int size,
        boolean bold,
        ParagraphAlignment align,
        int indentChars,
        int rightIndentChars,
        int lineExact,
        int spaceBefore,
        int spaceAfter) {

    static final String LATIN_FONT = "Times New Roman";
    static final String BODY_FONT = "仿宋";
    static final int BODY_SIZE = 16;

    static DocxStyle of(Block.Kind kind) {
        return switch (kind) {
            case TITLE -> new DocxStyle("方正小标宋简体", 22, true, ParagraphAlignment.CENTER, 0, 0, 36, 0, 28);
            case PART_HEADING -> new DocxStyle("黑体", BODY_SIZE, true, ParagraphAlignment.BOTH, 2, 0, 28, 0, 0);
            case SUB_HEADING -> new DocxStyle("楷体", BODY_SIZE, true, ParagraphAlignment.BOTH, 2, 0, 28, 0, 0);
            case BODY -> new DocxStyle(BODY_FONT, BODY_SIZE, false, ParagraphAlignment.BOTH, 2, 0, 28, 0, 0);
            case CLOSING -> new DocxStyle(BODY_FONT, BODY_SIZE, false, ParagraphAlignment.RIGHT, 0, 4, 28, 0, 0);
            case NOTE -> new DocxStyle(BODY_FONT, BODY_SIZE, false, ParagraphAlignment.BOTH, 2, 0, 28, 28, 0);
        };
    }

    /** The first closing line stands one empty line below the text, as in {@link PdfStyle#after}. */
    DocxStyle after(Block.Kind previous, Block.Kind current) {
        boolean gap = current == Block.Kind.CLOSING && previous != Block.Kind.CLOSING;
        return gap
                ? new DocxStyle(
                        eastAsiaFont, size, bold, align, indentChars, rightIndentChars, lineExact, 28, spaceAfter)
                : this;
    }
}
