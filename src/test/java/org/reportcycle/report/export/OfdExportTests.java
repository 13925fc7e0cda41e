package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * The OFD export read back with ofdrw's reader: the report's text, the PDF's page count, a small file; and its
 * font resources: which face each text object names.
 */
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

    @Test
    void ofd_sets_the_title_headings_and_body_in_the_same_faces_as_the_pdf() throws Exception {
        String rare = "瑷";
        ExportDocument doc = new ExportDocument(
                "某市司法局2025年法治政府建设年度报告",
                "某市司法局",
                LocalDate.of(2025, 3, 20),
                new ReportText("", Map.of(Part.OTHER, "一、主要举措" + rare + "市\n（一）健全依法决策机制\n今年以来全面推进依法行政\n")));
        Map<String, String> entries = unzip(exporter.toOfd(doc));

        Map<String, String> fontNames = new HashMap<>();
        Matcher font = Pattern.compile("<ofd:Font FontName=\"([^\"]+)\"[^>]*ID=\"(\\d+)\"")
                .matcher(entries.get("Doc_0/PublicRes.xml"));
        while (font.find()) {
            fontNames.put(font.group(2), font.group(1));
        }
        assertThat(fontNames.values())
                .containsExactlyInAnyOrder(
                        "Noto Serif SC", "Noto Serif SC Bold", "Noto Sans SC Medium", "AR PL UKai CN", "FandolFang");
        Map<String, String> faceOf = new HashMap<>();
        Matcher text = Pattern.compile(
                        "<ofd:TextObject [^>]*Font=\"(\\d+)\"[^>]*>(.*?)</ofd:TextObject>", Pattern.DOTALL)
                .matcher(entries.get("Doc_0/Pages/Page_0/Content.xml"));
        while (text.find()) {
            String chars = text.group(2).replaceAll("<[^>]+>", "");
            faceOf.merge(chars, fontNames.get(text.group(1)), (a, b) -> a + "," + b);
        }
        assertThat(faceOf)
                .containsEntry("某市司法局2025年法治政府建设年度报告", "Noto Serif SC Bold")
                .containsEntry("一、主要举措", "Noto Sans SC Medium")
                .containsEntry(rare, "Noto Serif SC")
                .containsEntry("市", "Noto Sans SC Medium")
                .containsEntry("（一）健全依法决策机制", "AR PL UKai CN")
                .containsEntry("今年以来全面推进依法行政", "FandolFang");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }
}
