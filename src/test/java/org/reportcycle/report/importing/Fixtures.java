package org.reportcycle.report.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test access to the real reports in src/test/resources/fixtures/reports and their expected mapping. */
public final class Fixtures {

    public static final List<String> FILES = List.of(
            "000_aaa4a6a9c2eb3240.txt",
            "001_f39577f806f3e96e.txt",
            "002_7fff814117d48ac1.txt",
            "003_3725393f08df0ce2.txt",
            "004_39d45cfeb246675f.txt");

    /** One row of headings.tsv. */
    public record Expected(String file, String unit, int year, int line, String heading, String part) {}

    private Fixtures() {}

    public static byte[] bytes(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/reports/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    /** headings.tsv grouped by file, in file order. */
    public static Map<String, List<Expected>> expected() {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        String[] rows = text("headings.tsv").split("\\R");
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] f = rows[i].split("\t", -1);
            Expected e = new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]);
            byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        }
        return byFile;
    }

    /** A .docx with one paragraph per line of the text, blank lines included, so paragraph numbers equal line numbers. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\r?\\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
