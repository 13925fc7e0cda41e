package org.reportcycle.report.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the exported .docx, so that Word's, WPS's and LibreOffice's navigation panes list
 * the parts and a drafter can restyle the whole document: 正文 (Normal: 仿宋 3号), 标题 (Title: 小标宋 2号,
 * centred), 标题 1 (Heading 1, outline level 1: 黑体 3号, the parts' 「一、」 headings) and 标题 2 (Heading 2,
 * outline level 2: 楷体 3号, the 「（一）」 headings that stand on their own line). The style ids and names are
 * Word's built-in ones, which each program shows in its own language.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private DocxStyles() {}

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, style(NORMAL, "Normal", null, DocxStyle.of(Block.Kind.BODY), -1));
        add(styles, style(TITLE, "Title", NORMAL, DocxStyle.of(Block.Kind.TITLE), -1));
        add(styles, style(HEADING_1, "heading 1", NORMAL, DocxStyle.of(Block.Kind.PART_HEADING), 0));
        add(styles, style(HEADING_2, "heading 2", NORMAL, DocxStyle.of(Block.Kind.SUB_HEADING), 1));
    }

    /** The style of a paragraph of this kind; a run-in 「（一）……。」 heading with body text after it is 正文. */
    static String of(Block block) {
        return switch (block.kind()) {
            case TITLE -> TITLE;
            case PART_HEADING -> block.rest().isEmpty() ? HEADING_1 : NORMAL;
            case SUB_HEADING -> block.rest().isEmpty() ? HEADING_2 : NORMAL;
            default -> NORMAL;
        };
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTStyle style(String id, String name, String basedOn, DocxStyle look, int outlineLevel) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn == null) {
            s.setDefault(true);
        } else {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outlineLevel >= 0) {
            ppr.addNewKeepNext();
        }
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(look.lineExact() * 20L));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.valueOf(look.spaceBefore() * 20L));
        spacing.setAfter(BigInteger.valueOf(look.spaceAfter() * 20L));
        if (look.indentChars() > 0) {
            var ind = ppr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(look.indentChars() * 100L));
            ind.setFirstLine(BigInteger.valueOf(look.indentChars() * look.size() * 20L));
        }
        ppr.addNewJc()
                .setVal(
                        switch (look.align()) {
                            case CENTER -> STJc.CENTER;
                            case RIGHT -> STJc.RIGHT;
                            default -> STJc.BOTH;
                        });
        if (outlineLevel >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia(look.eastAsiaFont());
        fonts.setAscii(DocxStyle.LATIN_FONT);
        fonts.setHAnsi(DocxStyle.LATIN_FONT);
        if (look.bold()) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(look.size() * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(look.size() * 2L));
        return s;
    }
}
