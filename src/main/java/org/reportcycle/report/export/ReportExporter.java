package org.reportcycle.report.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Exports a report as a Word or PDF file laid out like a Chinese official document.
 *
 * <p>Both formats print the same paragraphs: the title, each part under a "一、" heading in
 * {@link org.reportcycle.shared.Part#documentOrder()} (the part's statutory heading unless its text starts with
 * its own), the part's lines as paragraphs, then the unit name and the date. Text is printed literally:
 * markup such as {@code <b>} is not interpreted. Stateless and thread-safe.
 */
@Component
public class ReportExporter {

    /** A {@code .docx} (Office Open XML) file. */
    public byte[] toDocx(ExportDocument doc) {
        try {
            return DocxWriter.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the .docx of " + doc.title(), e);
        }
    }

    /**
     * A PDF with a subset of a CJK font embedded, so the text can be searched and copied. Characters the
     * font lacks (rare Han characters outside GB 2312, emoji) print as "□" instead of failing the export.
     */
    public byte[] toPdf(ExportDocument doc) {
        try {
            return PdfWriter.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF of " + doc.title(), e);
        }
    }

    /** An OFD (GB/T 33190) file in the PDF's layout, with the used glyphs of the CJK font embedded. */
    public byte[] toOfd(ExportDocument doc) {
        try {
            return OfdWriter.write(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the OFD of " + doc.title(), e);
        }
    }

    /** The approval record sheet (审批单) as a PDF, in the reports' font and page layout. */
    public byte[] approvalSheetPdf(ApprovalSheet sheet) {
        try {
            return ApprovalSheetPdf.write(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the approval sheet " + sheet.title(), e);
        }
    }
}
