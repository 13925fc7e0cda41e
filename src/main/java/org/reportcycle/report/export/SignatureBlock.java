package org.reportcycle.report.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The visible signature block: a framed box in the bottom margin of the last page, right of the page
 * number, with the signer, the time and what the signature means, in the documents' CJK font.
 */
public final class SignatureBlock {

    private static final float MM = PdfStyle.MM;
    private static final float WIDTH = 66 * MM;
    private static final float HEIGHT = 25 * MM;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 12.5f;
    /** Seal red (印章红). */
    private static final float[] RED = {0.80f, 0.07f, 0.07f};

    private SignatureBlock() {}

    /** Where the block stands on an A4 page: its lower edge 4 mm above the paper's, its right edge at the margin. */
    public static PDRectangle rectangle() {
        float right = PdfStyle.PAGE_WIDTH - PdfStyle.MARGIN_RIGHT;
        return new PDRectangle(right - WIDTH, 4 * MM, WIDTH, HEIGHT);
    }

    /** The block's appearance; {@code lines[0]} is the heading, printed in bold. */
    public static PDAppearanceStream appearance(PDDocument doc, List<String> lines) throws IOException {
        PDType0Font font = CjkFont.embed(doc);
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(WIDTH, HEIGHT));
        stream.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setLineWidth(1.2f);
            cs.addRect(1, 1, WIDTH - 2, HEIGHT - 2);
            cs.stroke();
            cs.setLineWidth(0.4f);
            cs.addRect(3, 3, WIDTH - 6, HEIGHT - 6);
            cs.stroke();
            float y = HEIGHT - 6 - SIZE;
            for (int i = 0; i < lines.size(); i++) {
                String text = CjkFont.printable(lines.get(i));
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.setNonStrokingColor(i == 0 ? RED[0] : 0, i == 0 ? RED[1] : 0, i == 0 ? RED[2] : 0);
                cs.newLineAtOffset(8, y);
                cs.showText(text);
                cs.endText();
                y -= LEADING;
            }
        }
        return stream;
    }
}
