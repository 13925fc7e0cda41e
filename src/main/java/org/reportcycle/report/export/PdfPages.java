package org.reportcycle.report.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** The pages of a PDF being written: opens a new page, with its number, whenever the current one is full. */
final class PdfPages implements AutoCloseable {

    /** A piece of a line in one face; {@code emphasised} strokes the outline, a stand-in for bold. */
    record Run(String text, Typeface face, boolean emphasised) {}

    private static final PDRectangle A4 = new PDRectangle(PdfStyle.PAGE_WIDTH, PdfStyle.PAGE_HEIGHT);

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    /** The stream's rendering mode: text state outlives BT … ET, so it is tracked across lines. */
    private boolean stroking;

    private float top;
    private int pages;

    PdfPages(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    int count() {
        return pages;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void reserve(float height) throws IOException {
        if (stream == null || top - height < PdfStyle.MARGIN_BOTTOM - 0.01f) {
            newPage();
        }
    }

    /** Leaves vertical space, but never at the top of a page, where it would only shift the text down. */
    void skip(float height) {
        if (stream != null && top < PdfStyle.PAGE_HEIGHT - PdfStyle.MARGIN_TOP) {
            top -= height;
        }
    }

    /** Writes one line of {@code leading} height starting at {@code x}; the caller reserved the room. */
    void line(float x, float size, float leading, float spacing, Run... runs) throws IOException {
        // centre the glyphs' em box (ascent ≈ 0.88 em for Noto CJK and FandolFang) in the line's box
        float baseline = top - (leading - size) / 2 - size * 0.88f;
        stream.beginText();
        stream.setCharacterSpacing(spacing);
        stream.newLineAtOffset(x, baseline);
        for (Run run : runs) {
            if (run.text().isEmpty()) {
                continue;
            }
            if (run.emphasised() != stroking) {
                stroking = run.emphasised();
                stream.setRenderingMode(stroking ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            }
            if (stroking) {
                stream.setLineWidth(size * PdfStyle.BOLD_STROKE);
            }
            fonts.show(stream, run.face(), size, run.text());
        }
        stream.endText();
        top -= leading;
    }

    private void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        stroking = false;
        pages++;
        top = PdfStyle.PAGE_HEIGHT - PdfStyle.MARGIN_TOP;
        pageNumber();
    }

    /** "— 1 —" centred under the text area in Song, the way official documents number pages (4号宋体). */
    private void pageNumber() throws IOException {
        String number = "— " + pages + " —";
        float width = PdfFonts.width(Typeface.SONG, number, PdfStyle.FOOTER_SIZE);
        stream.beginText();
        stream.newLineAtOffset((PdfStyle.PAGE_WIDTH - width) / 2, PdfStyle.FOOTER_BASELINE);
        fonts.show(stream, Typeface.SONG, PdfStyle.FOOTER_SIZE, number);
        stream.endText();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
