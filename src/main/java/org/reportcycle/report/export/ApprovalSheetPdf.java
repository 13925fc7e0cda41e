package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes an {@link ApprovalSheet} as a PDF with the same embedded CJK font and page layout as the reports. */
final class ApprovalSheetPdf {

    private static final float TITLE_SIZE = 18;
    private static final float TEXT_SIZE = 12;
    private static final float LEADING = 20;

    private ApprovalSheetPdf() {}

    static byte[] write(ApprovalSheet sheet) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(sheet.title());
            doc.getDocumentInformation().setCreator("ReportCycle");
            doc.getDocumentCatalog().setLanguage("zh-CN");
            PDType0Font font = CjkFont.embed(doc);
            try (PdfPages pages = new PdfPages(doc, font)) {
                centred(pages, sheet.title(), TITLE_SIZE);
                pages.skip(LEADING / 2);
                for (String fact : sheet.facts()) {
                    wrapped(pages, "", fact, false);
                }
                int no = 1;
                for (ApprovalSheet.Entry e : sheet.entries()) {
                    pages.skip(LEADING / 2);
                    pages.reserve(4 * LEADING);
                    wrapped(pages, "", no++ + ". " + e.step() + " — " + e.decision(), true);
                    wrapped(pages, "办理人：", e.person(), false);
                    wrapped(pages, "时间：", e.time(), false);
                    if (e.opinion() != null && !e.opinion().isBlank()) {
                        wrapped(pages, "意见：", e.opinion(), false);
                    }
                }
                if (sheet.entries().isEmpty()) {
                    wrapped(pages, "", "（尚无审批记录）", false);
                }
                pages.skip(LEADING);
                wrapped(pages, "", sheet.footer(), false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void centred(PdfPages pages, String text, float size) throws IOException {
        String printable = CjkFont.printable(text);
        LineBreaker breaker = new LineBreaker(cp -> CjkFont.width(cp) * size / 1000.0);
        for (LineBreaker.Line line : breaker.lines(printable, PdfStyle.TEXT_WIDTH, PdfStyle.TEXT_WIDTH, 0)) {
            pages.reserve(size * 1.6f);
            float x = PdfStyle.MARGIN_LEFT + (float) (PdfStyle.TEXT_WIDTH - line.width()) / 2;
            pages.line(x, size, size * 1.6f, 0, new PdfPages.Run(printable.substring(line.start(), line.end()), true));
        }
    }

    /** A label in bold, then the text wrapped, its further lines aligned after the label. */
    private static void wrapped(PdfPages pages, String label, String text, boolean bold) throws IOException {
        String printable = CjkFont.printable(text == null ? "" : text.replace('\n', ' '));
        float indent = (float) label.codePoints()
                .mapToDouble(cp -> CjkFont.width(cp) * TEXT_SIZE / 1000.0)
                .sum();
        LineBreaker breaker = new LineBreaker(cp -> CjkFont.width(cp) * TEXT_SIZE / 1000.0);
        List<LineBreaker.Line> lines = printable.isEmpty()
                ? List.of()
                : breaker.lines(printable, PdfStyle.TEXT_WIDTH - indent, PdfStyle.TEXT_WIDTH - indent, 0);
        if (lines.isEmpty()) {
            pages.reserve(LEADING);
            pages.line(PdfStyle.MARGIN_LEFT, TEXT_SIZE, LEADING, 0, new PdfPages.Run(label, true));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            pages.reserve(LEADING);
            String part = printable.substring(lines.get(i).start(), lines.get(i).end());
            if (i == 0) {
                pages.line(
                        PdfStyle.MARGIN_LEFT,
                        TEXT_SIZE,
                        LEADING,
                        0,
                        new PdfPages.Run(label, true),
                        new PdfPages.Run(part, bold));
            } else {
                pages.line(PdfStyle.MARGIN_LEFT + indent, TEXT_SIZE, LEADING, 0, new PdfPages.Run(part, bold));
            }
        }
    }
}
