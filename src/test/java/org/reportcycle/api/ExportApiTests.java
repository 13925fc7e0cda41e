package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Export to PDF and Word, version comparison and "changes since I last looked", over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_pdf_of_a_draft_has_its_text_and_the_export_is_audited() throws Exception {
        TestUnit unit = data.unit("导出街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "全年开展“法律进社区”活动28场，覆盖居民五千余人次。"));

        byte[] pdf = mvc.perform(get("/api/v1/reports/" + id + "/export.pdf").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("导出街道2025年法治政府建设年度报告").contains("全年开展“法律进社区”活动28场");
        }
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM rc_audit WHERE report_id = ? AND action = 'report.exported'",
                        String.class,
                        id))
                .containsExactly(unit.legal());
    }

    @Test
    void another_unit_cannot_export_a_draft_and_the_portal_does_not_serve_it() throws Exception {
        TestUnit unit = data.unit("保密街道");
        TestUnit other = data.unit("邻近街道");
        Long id = data.openReport(2025, unit);
        mvc.perform(get("/api/v1/reports/" + id + "/export.docx").with(httpBasic(other.drafter(), "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/public/reports/" + id + ".pdf")).andExpect(status().isNotFound());
    }

    @Test
    void a_published_report_downloads_from_the_portal_without_login() throws Exception {
        TestUnit unit = data.unit("下载街道");
        Long id = data.openReport(2024, unit);
        data.publish(unit, id);
        byte[] docx = mvc.perform(get("/public/reports/" + id + ".docx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("下载街道2024年法治政府建设年度报告");
        }
        mvc.perform(get("/public/reports/" + id + ".pdf")).andExpect(status().isOk());
    }

    @Test
    void a_reviewer_sees_what_changed_since_they_last_looked() throws Exception {
        TestUnit unit = data.unit("比对街道");
        Long id = data.openReport(2025, unit);
        mvc.perform(post("/api/v1/reports/" + id + "/seen").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reports/" + id + "/changes").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isNoContent());

        data.write(unit, id, Map.of(Part.SHORTCOMINGS, "（一）执法力量严重不足。部分执法人员缺少系统的法律培训。"));

        mvc.perform(get("/api/v1/reports/" + id + "/changes").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromVersion").value(1))
                .andExpect(jsonPath("$.toVersion").value(2))
                .andExpect(jsonPath("$.changes.parts[?(@.part == 'SHORTCOMINGS')].summary.charsInserted")
                        .value(2));
        mvc.perform(get("/api/v1/reports/" + id + "/compare?from=1&to=2").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes.parts[?(@.part == 'MEASURES')].summary.charsInserted")
                        .value(0));
    }
}
