package org.reportcycle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.reportcycle.audit.ApprovalSheets;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents of record end to end: the portal's PDF is signed once per version with its SHA-256 in the
 * audit trail, the approval sheet is signed, pdfsig (when installed) accepts both, the 「文件核验」 page and
 * the API tell the original from a copy with one byte changed, and the OFD downloads read back with ofdrw.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocumentsOfRecordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApprovalSheets sheets;

    @Test
    void the_published_pdf_is_signed_once_audited_and_verified_and_a_changed_byte_is_caught() throws Exception {
        TestUnit unit = data.unit("签名街道");
        Long id = data.openReport(2024, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "全年开展“法律进社区”活动28场，覆盖居民五千余人次。"));
        data.publish(unit, id);

        byte[] pdf = mvc.perform(get("/public/reports/" + id + ".pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] again = mvc.perform(get("/public/reports/" + id + ".pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(again).isEqualTo(pdf);
        assertThat(jdbc.queryForList(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'document.signed'",
                        String.class,
                        id))
                .singleElement()
                .asString()
                .contains(sha256(pdf))
                .contains("\"kind\":\"REPORT\"");
        Files.write(Files.createDirectories(Path.of("target", "doc-images")).resolve("published-report.pdf"), pdf);
        assertPdfsigValid(pdf);

        String page = verifyPage(pdf);
        PortalHtml.valid(page, "zh-CN");
        PortalHtml.valid(
                mvc.perform(get("/public/verify").param("lang", "en"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "en");
        String english = mvc.perform(multipart("/public/verify")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", pdf))
                        .param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(PortalHtml.valid(english, "en").select("main h2").text()).isEqualTo("Authentic and unchanged");
        assertThat(page).contains("真实有效，未被修改").contains("签名街道2024年法治政府建设年度报告").contains("演示签名");

        assertThat(verifyPage("不是PDF".getBytes(StandardCharsets.UTF_8))).contains("不是 PDF 文件");
        byte[] draft = mvc.perform(
                        get("/api/v1/reports/" + id + "/export.docx").with(httpBasic(unit.drafter(), "demo")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(verifyPage(draft)).contains("不是 PDF 文件");

        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x01;
        assertThat(verifyPage(changed)).contains("已被修改").doesNotContain("真实有效");

        mvc.perform(multipart("/api/v1/documents/verify")
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", changed))
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MODIFIED"))
                .andExpect(jsonPath("$.modified").value(true));
        mvc.perform(get("/api/v1/documents/verify")
                        .param("sha256", sha256(pdf))
                        .header("Accept-Language", "en")
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ORIGINAL"))
                .andExpect(jsonPath("$.reportId").value(id))
                .andExpect(jsonPath("$.message").value("Authentic and unchanged"));
        mvc.perform(get("/api/v1/documents/verify").param("sha256", "xyz").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_approval_sheet_is_signed_and_verifies() throws Exception {
        TestUnit unit = data.unit("审批签名街道");
        Long id = data.openReport(2024, unit);
        data.publish(unit, id);
        byte[] pdf = as(unit.drafter(), () -> sheets.pdf(id)).content();
        Files.write(Files.createDirectories(Path.of("target", "doc-images")).resolve("approval-sheet.pdf"), pdf);
        assertPdfsigValid(pdf);
        assertThat(verifyPage(pdf)).contains("真实有效，未被修改").contains("审批单");
        assertThat(jdbc.queryForList(
                        "SELECT sha256 FROM rc_signed_document WHERE report_id = ? AND kind = 'APPROVAL_SHEET'",
                        String.class,
                        id))
                .containsExactly(sha256(pdf));
    }

    @Test
    void the_ofd_downloads_from_the_portal_and_the_api_and_reads_back() throws Exception {
        TestUnit unit = data.unit("版式街道");
        Long id = data.openReport(2024, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "推进严格规范公正文明执法。"));
        data.publish(unit, id);
        byte[] ofd = mvc.perform(get("/public/reports/" + id + ".ofd"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] viaApi = mvc.perform(get("/api/v1/reports/" + id + "/export.ofd").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        for (byte[] file : List.of(ofd, viaApi)) {
            try (OFDReader reader = new OFDReader(new ByteArrayInputStream(file))) {
                String text = String.join("", new ContentExtractor(reader).extractAll());
                assertThat(text).contains("推进严格规范公正文明执法。").contains("版式街道");
                assertThat(reader.getNumberOfPages()).isPositive();
            }
        }
        String reportPage = mvc.perform(get("/public/reports/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(reportPage).contains("/public/reports/" + id + ".ofd").contains("/public/verify");
    }

    private String verifyPage(byte[] pdf) throws Exception {
        return mvc.perform(multipart("/public/verify")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", pdf)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertPdfsigValid(byte[] pdf) throws Exception {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        if (!Files.isExecutable(pdfsig)) {
            return;
        }
        Path file = Files.createTempFile("rc-signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(pdfsig.toString(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("Signature is Valid.").contains("Total document signed");
        } finally {
            Files.delete(file);
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
