package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes an {@link ApprovalSheet} as the familiar ruled table on A4 in the reports' margins: the title, a
 * facts block, then 事项 | 意见 | 签名 | 日期 with a row per decision; a row that does not fit starts a new
 * page, which repeats the column heads. Pages are numbered 「— n —」. The title is in 小标宋, heads and the
 * item column in 黑体, the rest in 仿宋 ({@link Typeface}).
 */
final class ApprovalSheetPdf {

    private static final float TITLE_SIZE = 20;
    private static final float SIZE = 12;
    private static final float LEADING = 18;
    private static final float PAD = 5;
    private static final float LEFT = PdfStyle.MARGIN_LEFT;
    private static final float WIDTH = PdfStyle.TEXT_WIDTH;
    private static final float TOP = PdfStyle.PAGE_HEIGHT - PdfStyle.MARGIN_TOP;
    private static final float BOTTOM = PdfStyle.MARGIN_BOTTOM;
    /** Column widths: 事项, 意见, 签名, 日期. */
    private static final float[] COLUMNS = {
        32 * PdfStyle.MM, 0, 30 * PdfStyle.MM, 27 * PdfStyle.MM,
    };

    static {
        COLUMNS[1] = WIDTH - COLUMNS[0] - COLUMNS[2] - COLUMNS[3];
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;
    private int pages;

    private ApprovalSheetPdf(PDDocument doc) {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
    }

    static byte[] write(ApprovalSheet sheet) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(sheet.title());
            doc.getDocumentInformation().setCreator("ReportCycle");
            doc.getDocumentCatalog().setLanguage("zh-CN");
            ApprovalSheetPdf writer = new ApprovalSheetPdf(doc);
            writer.sheet(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void sheet(ApprovalSheet sheet) throws IOException {
        newPage();
        String title = CjkFont.printable(sheet.title());
        float titleWidth = PdfFonts.width(Typeface.XIAOBIAOSONG, title, TITLE_SIZE);
        text(LEFT + (WIDTH - titleWidth) / 2, y - TITLE_SIZE, title, TITLE_SIZE, Typeface.XIAOBIAOSONG);
        y -= TITLE_SIZE + 18;
        for (ApprovalSheet.Fact fact : sheet.facts()) {
            row(new float[] {COLUMNS[0], WIDTH - COLUMNS[0]}, new String[] {fact.label(), fact.value()}, true);
        }
        y -= 8;
        heads();
        for (ApprovalSheet.Row r : sheet.rows()) {
            String[] cells = {r.item(), r.opinion(), r.person(), r.date()};
            if (y - Math.max(height(COLUMNS, cells), 2 * LEADING + PAD) < BOTTOM) {
                newPage();
                heads();
            }
            row(COLUMNS, cells, true);
        }
        List<String> footer = lines(sheet.footer(), WIDTH, SIZE - 2, Typeface.FANG);
        if (y - 8 - footer.size() * LEADING < BOTTOM) {
            newPage();
        }
        y -= 8;
        for (String line : footer) {
            text(LEFT, y - (SIZE - 2), line, SIZE - 2, Typeface.FANG);
            y -= LEADING - 2;
        }
        cs.close();
    }

    private void heads() throws IOException {
        row(COLUMNS, new String[] {"事　项", "意　见", "签　名", "日　期"}, false);
    }

    /** One ruled row; the first cell is in 黑体 when {@code labelled}, the heads are all in 黑体 and centred. */
    private void row(float[] widths, String[] cells, boolean labelled) throws IOException {
        float h = Math.max(
                height(widths, cells), labelled && widths.length == 4 ? 2 * LEADING + 2 * PAD - (LEADING - SIZE) : 0);
        float x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            float ty = y - PAD - SIZE;
            Typeface face = face(labelled, i);
            for (String line : lines(cells[i], widths[i] - 2 * PAD, SIZE, face)) {
                float tx = labelled ? x + PAD : x + (widths[i] - PdfFonts.width(face, line, SIZE)) / 2;
                text(tx, ty, line, SIZE, face);
                ty -= LEADING;
            }
            x += widths[i];
        }
        x = LEFT;
        for (float w : widths) {
            cs.addRect(x, y - h, w, h);
            x += w;
        }
        cs.setLineWidth(0.8f);
        cs.stroke();
        y -= h;
    }

    private float height(float[] widths, String[] cells) {
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            most = Math.max(
                    most,
                    lines(cells[i], widths[i] - 2 * PAD, SIZE, face(true, i)).size());
        }
        return most * LEADING + 2 * PAD - (LEADING - SIZE);
    }

    private static Typeface face(boolean labelled, int column) {
        return !labelled || column == 0 ? Typeface.HEI : Typeface.FANG;
    }

    private static List<String> lines(String text, float width, float size, Typeface face) {
        String printable =
                CjkFont.printable(text == null ? "" : text.replace('\n', ' ').strip());
        if (printable.isEmpty()) {
            return List.of();
        }
        LineBreaker breaker = new LineBreaker(cp -> CjkFont.width(face, cp) * size / 1000.0);
        List<String> out = new ArrayList<>();
        for (LineBreaker.Line line : breaker.lines(printable, width, width, 0)) {
            out.add(printable.substring(line.start(), line.end()));
        }
        return out;
    }

    private void text(float x, float baseline, String text, float size, Typeface face) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        fonts.show(cs, face, size, text);
        cs.endText();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(new PDRectangle(PdfStyle.PAGE_WIDTH, PdfStyle.PAGE_HEIGHT));
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pages++;
        y = TOP;
        String number = "— " + pages + " —";
        text(
                (PdfStyle.PAGE_WIDTH - PdfFonts.width(Typeface.SONG, number, PdfStyle.FOOTER_SIZE)) / 2,
                PdfStyle.FOOTER_BASELINE,
                number,
                PdfStyle.FOOTER_SIZE,
                Typeface.SONG);
    }
}
