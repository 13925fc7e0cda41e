package org.reportcycle.report.export;

/**
 * Sizes and spacing of the PDF, in points, after GB/T 9704-2012 (党政机关公文格式): A4, text area 156 × 225 mm,
 * body in 3号 (16 pt) on a 28 pt grid, title in 2号 (22 pt), headings indented like body text.
 */
record PdfStyle(
        float size,
        float leading,
        float spaceBefore,
        float firstIndent,
        float rightIndent,
        Align align,
        boolean keepWithNext) {

    enum Align {
        LEFT,
        CENTRE,
        RIGHT
    }

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = 210 * MM;
    static final float PAGE_HEIGHT = 297 * MM;
    static final float MARGIN_TOP = 37 * MM;
    static final float MARGIN_BOTTOM = 35 * MM;
    static final float MARGIN_LEFT = 28 * MM;
    static final float MARGIN_RIGHT = 26 * MM;
    static final float TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final float BODY_SIZE = 16;
    static final float LINE = 28;
    /** Page number: 4号 (14 pt), 7 mm below the text area. */
    static final float FOOTER_SIZE = 14;

    static final float FOOTER_BASELINE = MARGIN_BOTTOM - 7 * MM - FOOTER_SIZE;
    /** How stroking the glyph outline thickens it, as a share of the font size: a stand-in for a bold face. */
    static final float BOLD_STROKE = 0.035f;
    /** Justification never spreads characters further apart than this share of the font size. */
    static final float MAX_SPREAD = 0.3f;

    static PdfStyle of(Block.Kind kind) {
        float indent = 2 * BODY_SIZE;
        return switch (kind) {
            case TITLE -> new PdfStyle(22, 36, 0, 0, 0, Align.CENTRE, true);
            case PART_HEADING, SUB_HEADING -> new PdfStyle(BODY_SIZE, LINE, 0, indent, 0, Align.LEFT, true);
            case BODY -> new PdfStyle(BODY_SIZE, LINE, 0, indent, 0, Align.LEFT, false);
            // the unit name stays with the date
            case CLOSING -> new PdfStyle(BODY_SIZE, LINE, 0, 0, 4 * BODY_SIZE, Align.RIGHT, true);
            case NOTE -> new PdfStyle(BODY_SIZE, LINE, LINE, indent, 0, Align.LEFT, false);
        };
    }

    /** The first closing line and the first part heading after the title stand one empty line apart. */
    PdfStyle after(Block.Kind previous, Block.Kind current) {
        boolean gap = previous == Block.Kind.TITLE || current == Block.Kind.CLOSING && previous != Block.Kind.CLOSING;
        return gap ? new PdfStyle(size, leading, LINE, firstIndent, rightIndent, align, keepWithNext) : this;
    }
}
