package org.reportcycle.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables to and from .xlsx and CSV. Writing streams rows (20,000 lines stay small in memory) with a bold
 * header; reading returns every sheet's cells as text, as a person typed them.
 */
public final class Sheets {

    private Sheets() {}

    /** One named sheet: a header and rows of cell values (numbers stay numbers, everything else is text). */
    public record Table(String name, List<String> header, List<List<Object>> rows) {}

    public static byte[] xlsx(List<Table> tables) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle text = book.createCellStyle();
            text.setQuotePrefixed(true);
            for (Table table : tables) {
                Sheet sheet = book.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(head);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            row.createCell(c).setCellValue(b);
                        } else if (v != null) {
                            Cell cell = row.createCell(c);
                            String value = String.valueOf(v);
                            cell.setCellValue(value);
                            if (isFormulaLike(value)) {
                                cell.setCellStyle(text); // 'text: shown as typed, never run as a formula
                            }
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet of an .xlsx file: its name and its rows of cell texts (blank rows left out, row numbers kept). */
    public static List<Table> readXlsx(byte[] bytes) {
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : book) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(
                                    cell == null
                                            ? ""
                                            : format.formatCellValue(cell).strip());
                        }
                    }
                    rows.add(cells);
                }
                if (!rows.isEmpty()) {
                    tables.add(new Table(
                            sheet.getSheetName(),
                            rows.get(0).stream().map(String::valueOf).toList(),
                            rows.subList(1, rows.size())));
                }
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable .xlsx file", e);
        }
    }

    /** A CSV file (UTF-8 with or without BOM, or GB18030 as Excel saves it in China), RFC 4180 quoting. */
    public static Table readCsv(String name, byte[] bytes) {
        String text = decode(bytes);
        List<List<Object>> rows = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(restore(cell.toString().strip()));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(restore(cell.toString().strip()));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(restore(cell.toString().strip()));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return new Table(name, List.of(), List.of());
        }
        return new Table(name, rows.get(0).stream().map(String::valueOf).toList(), rows.subList(1, rows.size()));
    }

    /** A table as CSV text (UTF-8 with a BOM, so Excel opens Chinese text correctly). */
    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.header().stream().map(h -> (Object) h).toList());
        table.rows().forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object raw = values.get(i);
            String v = raw == null ? "" : raw instanceof Number ? String.valueOf(raw) : neutralise(String.valueOf(raw));
            if (i > 0) {
                out.append(',');
            }
            out.append(v.matches(".*[\",\r\n].*") || v.startsWith(" ") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append("\r\n");
    }

    /**
     * Whether a spreadsheet could read the text as a formula: it starts with =, +, -, @, TAB or CR, or holds a
     * line break anywhere (a line break lets a later line start a formula in some readers).
     */
    public static boolean isFormulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
    }

    /** A text cell for CSV that no spreadsheet runs as a formula: a formula-like value gets a leading '. */
    public static String neutralise(String value) {
        return isFormulaLike(value) ? "'" + value : value;
    }

    /** Reading back our own CSV export: the ' that {@link #neutralise} added is dropped again. */
    static String restore(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && isFormulaLike(value.substring(1))
                ? value.substring(1)
                : value;
    }

    private static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
