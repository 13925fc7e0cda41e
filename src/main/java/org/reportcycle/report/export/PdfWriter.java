package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes the paragraphs of {@link ExportLayout} as a PDF in GB/T 9704's faces ({@link Typeface}): the title in
 * 小标宋, level-one headings in 黑体, level-two headings in 楷体, the rest in 仿宋.
 */
final class PdfWriter {

    private PdfWriter() {}

    static byte[] write(ExportDocument source) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            describe(doc, source);
            try (PdfPages pages = new PdfPages(doc, new PdfFonts(doc))) {
                Block.Kind previous = null;
                for (Block block : ExportLayout.blocks(source)) {
                    PdfStyle style = PdfStyle.of(block.kind());
                    paragraph(pages, block, previous == null ? style : style.after(previous, block.kind()));
                    previous = block.kind();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(PdfPages pages, Block block, PdfStyle style) throws IOException {
        String text = CjkFont.printable(block.text());
        int leadEnd = CjkFont.printable(block.lead()).length();
        Typeface leadFace = Typeface.forLead(block.kind());
        // real faces set headings apart; only a body-text lead (更正说明：) is made bold by stroking
        boolean stroked = leadFace == Typeface.FANG;
        LineBreaker breaker = new LineBreaker(
                (index, cp) -> CjkFont.width(index < leadEnd ? leadFace : Typeface.FANG, cp) * style.size() / 1000.0);
        float available = PdfStyle.TEXT_WIDTH - style.rightIndent();
        List<LineBreaker.Line> lines =
                breaker.lines(text, available - style.firstIndent(), available, style.size() * 0.5);
        pages.skip(style.spaceBefore());
        // a heading stays with the first line after it; other paragraphs leave no single line behind
        float together = style.keepWithNext() && block.rest().isEmpty()
                ? lines.size() * style.leading() + PdfStyle.LINE
                : Math.min(lines.size(), 2) * style.leading();
        pages.reserve(Math.min(together, PdfStyle.PAGE_HEIGHT - PdfStyle.MARGIN_TOP - PdfStyle.MARGIN_BOTTOM));
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            pages.reserve(style.leading());
            float indent = i == 0 ? style.firstIndent() : 0;
            float x = PdfStyle.MARGIN_LEFT
                    + switch (style.align()) {
                        case LEFT -> indent;
                        case CENTRE -> (float) (available - line.width()) / 2;
                        case RIGHT -> (float) (available - line.width());
                    };
            String part = text.substring(line.start(), line.end());
            float spacing = style.align() == PdfStyle.Align.LEFT && !line.last()
                    ? spread(available - indent - line.width(), part, style.size())
                    : 0;
            int split = Math.clamp(leadEnd - line.start(), 0, part.length());
            pages.line(
                    x,
                    style.size(),
                    style.leading(),
                    spacing,
                    new PdfPages.Run(part.substring(0, split), leadFace, stroked),
                    new PdfPages.Run(part.substring(split), Typeface.FANG, false));
        }
    }

    /**
     * Character spacing that makes a line end exactly at the right margin (justified, as Chinese text is
     * set); negative when a closing mark was squeezed in.
     */
    private static float spread(double slack, String line, float size) {
        int gaps = line.codePointCount(0, line.length()) - 1;
        if (gaps <= 0) {
            return 0;
        }
        float spacing = (float) (slack / gaps);
        return spacing > size * PdfStyle.MAX_SPREAD ? 0 : spacing;
    }

    private static void describe(PDDocument doc, ExportDocument source) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(source.title());
        info.setAuthor(source.unitName());
        info.setSubject("法治政府建设年度报告");
        source.index().ifPresent(index -> {
            info.setKeywords(index);
            info.setCustomMetadataValue("IndexNumber", index);
        });
        info.setCreator("ReportCycle");
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
