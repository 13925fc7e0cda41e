package org.reportcycle.report.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the paragraphs of a .docx in document order, including the paragraphs inside tables (some
 * sites lay whole reports out in a table). Each paragraph is numbered, 1-based, in that flattened order.
 */
final class DocxReader {

    static final int MAX_TEXT_CHARS = 3_000_000;
    private static final int MAX_TABLE_DEPTH = 16;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's guard is JVM-wide: only ever tighten it, so other code keeps at least its own limits.
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > ZipGuard.MAX_ENTRY_INFLATED) {
            ZipSecureFile.setMaxEntrySize(ZipGuard.MAX_ENTRY_INFLATED);
        }
    }

    private final List<SourceLine> lines = new ArrayList<>();
    private final DocxNumbering numbering = new DocxNumbering();
    private int paragraphNumber;
    private long chars;

    private DocxReader() {}

    /**
     * Reads a Word document. A zip without a Word main part is another format, unless the user named it
     * .docx: then it is a Word file that lost its end (truncated in transfer), and says so.
     */
    static List<SourceLine> read(byte[] bytes, String fileName) {
        if (!ZipGuard.inspect(bytes)) {
            if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                throw ImportException.brokenDocx(null);
            }
            throw ImportException.unsupportedType("zip / xlsx / pptx");
        }
        DocxReader reader = new DocxReader();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            reader.readBody(document.getBodyElements(), 0);
        } catch (ImportException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw isBomb(e) ? ImportException.zipBomb() : ImportException.brokenDocx(e);
        }
        return reader.lines;
    }

    private void readBody(List<IBodyElement> elements, int depth) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                add(numbering.label(paragraph) + paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                readTable(table, depth);
            } else if (element instanceof XWPFSDT sdt) {
                add(sdt.getContent().getText());
            }
        }
    }

    private void readTable(XWPFTable table, int depth) {
        if (depth >= MAX_TABLE_DEPTH) {
            return;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                readBody(cell.getBodyElements(), depth + 1);
            }
        }
    }

    // Manual line breaks stay in one paragraph, so the pieces share its number.
    private void add(String paragraphText) {
        paragraphNumber++;
        String text = paragraphText == null ? "" : paragraphText;
        chars += text.length();
        if (chars > MAX_TEXT_CHARS) {
            throw ImportException.zipBomb();
        }
        for (String piece : text.split("\\r\\n|[\\r\\n\\u000B\\u2028\\u2029]", -1)) {
            lines.add(new SourceLine(paragraphNumber, piece));
        }
    }

    private static boolean isBomb(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
