package org.reportcycle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.report.export.ExportDocument;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.report.importing.ImportPreview;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.shared.Part;
import org.springframework.core.io.ClassPathResource;

/** A report exported to .docx and imported again has the same parts with the same text. */
class DocxRoundTripTests {

    private final ReportImporter importer = new ReportImporter();
    private final ReportExporter exporter = new ReportExporter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_aaa4a6a9c2eb3240.txt",
                "001_f39577f806f3e96e.txt",
                "002_7fff814117d48ac1.txt",
                "003_3725393f08df0ce2.txt",
                "004_39d45cfeb246675f.txt"
            })
    void export_then_import_gives_the_same_parts_and_text(String fixture) throws Exception {
        ImportPreview original = importer.preview(fixture, read(fixture));
        ReportText text = original.text();
        byte[] docx =
                exporter.toDocx(new ExportDocument("测试街道2025年法治政府建设年度报告", "测试街道", LocalDate.of(2026, 2, 20), text));

        ReportText back = importer.preview("roundtrip.docx", docx).text();

        for (Part part : Part.values()) {
            if (text.part(part).isBlank()) {
                continue;
            }
            assertThat(body(back.part(part))).as("part %s", part.code()).isEqualTo(body(text.part(part)));
        }
    }

    /** The paragraphs of a part without whitespace and without its numbered top-level heading lines. */
    private static String body(String partText) {
        return Arrays.stream(partText.split("\n"))
                .map(line -> line.replaceAll("\\s+", ""))
                .filter(line -> !line.isEmpty() && !line.matches("^[一二三四五六七八九十]+、.*"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static byte[] read(String name) throws Exception {
        try (InputStream in = new ClassPathResource("fixtures/reports/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
