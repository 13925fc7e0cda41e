package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Writes the paragraphs of {@link ExportLayout} as a Word document: one Word paragraph per paragraph of
 * the report, the title first, so that an importer reading it back finds the text line by line.
 */
final class DocxWriter {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** The report year in a title such as 「草滩街道2024年法治政府建设年度报告」. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private DocxWriter() {}

    static byte[] write(ExportDocument source) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            describe(doc, source);
            DocxStyles.define(doc);
            pageSetup(doc);
            Block.Kind previous = null;
            for (Block block : ExportLayout.blocks(source)) {
                DocxStyle style = DocxStyle.of(block.kind());
                paragraph(doc.createParagraph(), block, previous == null ? style : style.after(previous, block.kind()));
                previous = block.kind();
            }
            pageNumbers(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFParagraph p, Block block, DocxStyle style) {
        String styleId = DocxStyles.of(block);
        p.setStyle(styleId);
        p.setAlignment(style.align());
        p.setSpacingBetween(style.lineExact(), LineSpacingRule.EXACT);
        p.setSpacingBefore(style.spaceBefore() * 20);
        p.setSpacingAfter(style.spaceAfter() * 20);
        if (style.indentChars() > 0 || style.rightIndentChars() > 0) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
            // Word prefers the *Chars values; the twips are for readers that ignore them
            if (style.indentChars() > 0) {
                ind.setFirstLineChars(BigInteger.valueOf(style.indentChars() * 100L));
                ind.setFirstLine(BigInteger.valueOf(style.indentChars() * style.size() * 20L));
            }
            if (style.rightIndentChars() > 0) {
                ind.setRightChars(BigInteger.valueOf(style.rightIndentChars() * 100L));
                ind.setRight(BigInteger.valueOf(style.rightIndentChars() * style.size() * 20L));
            }
        }
        boolean styled = !DocxStyles.NORMAL.equals(styleId);
        if (!block.lead().isEmpty()) {
            // a heading paragraph takes its face from its style; a run-in heading's lead is set by hand
            if (styled) {
                p.createRun().setText(block.lead());
            } else {
                run(p, block.lead(), style, true);
            }
        }
        if (!block.rest().isEmpty()) {
            // the rest of a run-in heading is body text, in 正文's face
            p.createRun().setText(block.rest());
        }
    }

    private static void run(XWPFParagraph p, String text, DocxStyle style, boolean bold) {
        XWPFRun run = p.createRun();
        // POI writes run properties in call order; this is the order older Word schemas require
        run.setFontFamily(style.eastAsiaFont(), XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(DocxStyle.LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(DocxStyle.LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setBold(bold);
        run.setFontSize(style.size());
        run.setText(text);
    }

    /** A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = section(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setFooter(twips(20));
        margins.setHeader(twips(15));
        margins.setGutter(BigInteger.ZERO);
    }

    /** "— PAGE —" centred in the footer. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxStyle style = new DocxStyle("宋体", 14, false, ParagraphAlignment.CENTER, 0, 0, 0, 0, 0);
        run(p, "— ", style, false);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("1");
        run(p, " —", style, false);
    }

    private static void describe(XWPFDocument doc, ExportDocument source) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(source.title());
        core.setCreator(source.unitName());
        core.setSubjectProperty("法治政府建设年度报告");
        core.setCategory("法治政府建设年度报告");
        source.index().ifPresent(core::setIdentifier);
        POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
        if (!source.unitName().isEmpty()) {
            custom.addProperty("单位", source.unitName());
        }
        Matcher year = YEAR.matcher(source.title());
        if (year.find()) {
            custom.addProperty("年度", year.group(1));
        }
    }

    private static CTSectPr section(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
