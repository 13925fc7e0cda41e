package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Import over the API: the preview as specified, the import with a corrected mapping, and bad files. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;

    @BeforeEach
    void unit() {
        unit = data.unit("导入街道");
    }

    @Test
    void the_preview_lists_every_heading_with_its_part_and_line_and_stores_nothing() throws Exception {
        long versions = jdbc.queryForObject("SELECT COUNT(*) FROM rc_report_version", Long.class);
        mvc.perform(multipart("/api/v1/import/preview")
                        .file(fixture("003_3725393f08df0ce2.txt"))
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2021))
                .andExpect(jsonPath("$.unit").value("西营门街道"))
                .andExpect(jsonPath("$.parts[0].part").value("1"))
                .andExpect(jsonPath("$.parts[1].part").value("3"))
                .andExpect(jsonPath("$.parts[1].heading").value("二、履行第一责任人职责情况"))
                .andExpect(jsonPath("$.parts[1].line").value(11))
                .andExpect(jsonPath("$.parts[2].part").value("2"))
                .andExpect(jsonPath("$.parts[3].part").value("4"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_report_version", Long.class))
                .isEqualTo(versions);
    }

    @Test
    void the_preview_flags_the_missing_part_three() throws Exception {
        mvc.perform(multipart("/api/v1/import/preview")
                        .file(fixture("000_aaa4a6a9c2eb3240.txt"))
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].key", hasItem("part.missing:3")));
    }

    @Test
    void an_import_with_a_moved_heading_puts_its_text_in_the_chosen_part() throws Exception {
        Long id = data.openEmptyReport(2021, unit);
        mvc.perform(multipart("/api/v1/reports/" + id + "/import")
                        .file(fixture("004_39d45cfeb246675f.txt"))
                        .param("line.16", "R")
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk());
        String rectification = jdbc.queryForObject(
                "SELECT content FROM rc_report_part WHERE report_id = ? AND part = 'R'", String.class, id);
        assertThat(rectification).startsWith("二、存在的问题");
        mvc.perform(get("/api/v1/reports/" + id + "/compliance").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("part.missing:2")));
    }

    @Test
    void another_units_drafter_cannot_import_into_a_report() throws Exception {
        TestUnit other = data.unit("他人街道");
        Long id = data.openReport(2021, unit);
        mvc.perform(multipart("/api/v1/reports/" + id + "/import")
                        .file(fixture("004_39d45cfeb246675f.txt"))
                        .with(httpBasic(other.drafter(), "demo")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT current_version FROM rc_report WHERE id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void broken_files_get_a_clear_message_and_nothing_is_stored() throws Exception {
        Long id = data.openReport(2025, unit);
        byte[] docx = new TestDocx().fromLines("一、主要举措和成效", "全年开展普法活动12场。");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');

        rejected(id, new MockMultipartFile("file", "报告.docx", null, truncated), "import.brokenDocx", "zh");
        rejected(id, new MockMultipartFile("file", "报告.txt", null, binary), "import.notText", "zh");
        rejected(id, new MockMultipartFile("file", "报告.txt", null, new byte[0]), "import.empty", "en");
        rejected(id, new MockMultipartFile("file", "报告.txt", null, huge), "import.tooLarge", "en");
        assertThat(jdbc.queryForObject("SELECT current_version FROM rc_report WHERE id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void a_submission_over_the_api_lists_the_blocking_findings_or_takes_the_overrides() throws Exception {
        Long id = data.openEmptyReport(2025, unit);
        mvc.perform(post("/api/v1/reports/" + id + "/submit")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[*].key", hasItem("part.missing:1")));
    }

    private void rejected(Long id, MockMultipartFile file, String key, String language) throws Exception {
        mvc.perform(multipart("/api/v1/reports/" + id + "/import")
                        .file(file)
                        .header("Accept-Language", language)
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(key))
                .andExpect(jsonPath("$.message").value(containsString(language.equals("zh") ? "" : " ")));
    }

    private static MockMultipartFile fixture(String name) throws Exception {
        try (InputStream in = new ClassPathResource("fixtures/reports/" + name).getInputStream()) {
            return new MockMultipartFile("file", name, MediaType.TEXT_PLAIN_VALUE, in.readAllBytes());
        }
    }

    /** A small real .docx, one paragraph per line. */
    static final class TestDocx {
        byte[] fromLines(String... lines) throws Exception {
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                    var out = new java.io.ByteArrayOutputStream()) {
                for (String line : lines) {
                    doc.createParagraph().createRun().setText(line);
                }
                doc.write(out);
                return out.toByteArray();
            }
        }
    }
}
