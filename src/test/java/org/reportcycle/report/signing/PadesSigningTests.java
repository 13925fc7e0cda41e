package org.reportcycle.report.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.export.ExportDocument;
import org.reportcycle.report.export.FixtureReports;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.settings.ReportCycleSettings;

/**
 * PAdES signing of an exported report with the demo key: PDFBox and BouncyCastle verify it, poppler's
 * {@code pdfsig} (when installed) reports it valid, one changed byte breaks it, and the visible block is on
 * the last page.
 */
class PadesSigningTests {

    static DocumentSigner signer;
    static byte[] signed;

    @BeforeAll
    static void sign() throws IOException {
        ReportCycleSettings.Signing props = new ReportCycleSettings.Signing(null, null, null, null, null, null, null);
        signer = new Pkcs12PadesSigner(KeyMaterial.load(props), props.demoSignerName(), null);
        FixtureReports.Fixture fixture = FixtureReports.largest();
        byte[] pdf = new ReportExporter()
                .toPdf(new ExportDocument(
                        fixture.text().title(), fixture.unit(), LocalDate.of(2025, 3, 20), fixture.text()));
        long started = System.nanoTime();
        signed = PdfSigning.sign(
                pdf,
                signer,
                Map.of(
                        PdfSignatureCheck.REPORT_ID,
                        "42",
                        PdfSignatureCheck.VERSION,
                        "3",
                        PdfSignatureCheck.KIND,
                        "REPORT"),
                List.of("电子签名 · 演示签名（不具效力）", "签名人：示例县依法治县办", "时间：2026-03-31 10:00:00", "文件：公开发布的报告（第 3 版）"),
                "公开发布的报告",
                Calendar.getInstance());
        System.out.printf(
                "SIGNING: %d-byte PDF signed in %d ms, %d bytes signed%n",
                pdf.length, (System.nanoTime() - started) / 1_000_000, signed.length);
        Path dir = Path.of("target", "doc-images");
        Files.createDirectories(dir);
        Files.write(dir.resolve("signed-report.pdf"), signed);
    }

    @Test
    void pdfbox_and_bouncycastle_verify_the_signature_over_the_whole_file() {
        PdfSignatureCheck check = PdfSignatureCheck.of(signed);
        assertThat(check.signed()).isTrue();
        assertThat(check.valid()).isTrue();
        assertThat(check.wholeFile()).isTrue();
        assertThat(check.signer()).isEqualTo("示例县依法治县办");
        assertThat(check.certificate()).contains(signer.certificate());
        assertThat(check.identity())
                .containsEntry(PdfSignatureCheck.REPORT_ID, "42")
                .containsEntry(PdfSignatureCheck.VERSION, "3");
    }

    @Test
    void one_changed_byte_anywhere_breaks_it() {
        for (int at : new int[] {200, signed.length / 2, signed.length - 300}) {
            byte[] copy = signed.clone();
            copy[at] = (byte) (copy[at] == '0' ? '1' : '0');
            PdfSignatureCheck check = PdfSignatureCheck.of(copy);
            assertThat(check.readable() && check.valid() && check.wholeFile())
                    .as("byte %d changed", at)
                    .isFalse();
        }
    }

    @Test
    void an_unsigned_pdf_and_a_pdf_with_bytes_appended_after_the_signature_are_told_apart() throws IOException {
        FixtureReports.Fixture fixture = FixtureReports.largest();
        byte[] unsigned = new ReportExporter()
                .toPdf(new ExportDocument(
                        fixture.text().title(), fixture.unit(), LocalDate.of(2025, 3, 20), fixture.text()));
        PdfSignatureCheck plain = PdfSignatureCheck.of(unsigned);
        assertThat(plain.readable()).isTrue();
        assertThat(plain.signed()).isFalse();

        byte[] tail = "\n% appended later\n".getBytes(StandardCharsets.US_ASCII);
        byte[] appended = Arrays.copyOf(signed, signed.length + tail.length);
        System.arraycopy(tail, 0, appended, signed.length, tail.length);
        PdfSignatureCheck check = PdfSignatureCheck.of(appended);
        assertThat(check.valid()).isTrue();
        assertThat(check.wholeFile()).isFalse();
    }

    @Test
    void the_visible_block_is_on_the_last_page_and_the_text_is_unchanged() throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            var last = doc.getPage(doc.getNumberOfPages() - 1);
            assertThat(last.getAnnotations())
                    .singleElement()
                    .isInstanceOfSatisfying(
                            PDAnnotationWidget.class,
                            w -> assertThat(w.getRectangle().getWidth()).isGreaterThan(100));
            assertThat(new PDFTextStripper().getText(doc)).contains("法治政府建设");
        }
    }

    @Test
    void poppler_pdfsig_reports_the_signature_valid() throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        assumeTrue(Files.isExecutable(pdfsig), "poppler-utils not installed");
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, signed);
            Process p = new ProcessBuilder(pdfsig.toString(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("Signature Validation: Signature is Valid.");
            assertThat(out).contains("Signature Type: ETSI.CAdES.detached");
            assertThat(out).contains("Total document signed");
        } finally {
            Files.delete(file);
        }
    }
}
