package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/** The OFD export read back with ofdrw's reader: the report's text, the PDF's page count, a small file. */
class OfdExportTests {

    private final ReportExporter exporter = new ReportExporter();

    @Test
    void ofdrw_reads_back_the_text_on_as_many_pages_as_the_pdf() throws Exception {
        FixtureReports.Fixture fixture = FixtureReports.largest();
        ExportDocument doc =
                new ExportDocument(fixture.text().title(), fixture.unit(), LocalDate.of(2025, 3, 20), fixture.text());
        byte[] ofd = exporter.toOfd(doc);
        Path dir = Files.createDirectories(Path.of("target", "doc-images"));
        Files.write(dir.resolve("report.ofd"), ofd);
        int pdfPages;
        try (PDDocument pdf = Loader.loadPDF(exporter.toPdf(doc))) {
            pdfPages = pdf.getNumberOfPages();
        }
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            List<String> text = new ContentExtractor(reader).extractAll();
            String all = String.join("", text).replaceAll("\\s+", "");
            assertThat(all).contains(fixture.text().title().replaceAll("\\s+", ""));
            assertThat(all).contains("— 1 —".replace(" ", ""));
            assertThat(all).contains(fixture.unit()).contains("2025年3月20日");
            assertThat(reader.getNumberOfPages()).isBetween(pdfPages - 1, pdfPages + 1);
            System.out.printf("OFD %d pages (PDF %d), %d bytes%n", reader.getNumberOfPages(), pdfPages, ofd.length);
        }
        assertThat(ofd.length).isLessThan(1_000_000);
    }
}
