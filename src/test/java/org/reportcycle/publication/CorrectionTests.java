package org.reportcycle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reportcycle.publication.search.PublicSearch;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A published report is corrected by a new published version that says what it corrects. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorrectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicSearch search;

    @Autowired
    JdbcTemplate jdbc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_correction_is_a_new_published_version_with_a_notice_and_the_old_one_stays_reachable() throws Exception {
        TestUnit unit = data.unit("更正街道");
        Long id = data.openReport(2023, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "全年审查规范性文件14件。"));
        data.publish(unit, id);
        int published = jdbc.queryForObject("SELECT current_version FROM rc_report WHERE id = ?", Integer.class, id);

        int corrected = as(
                unit.drafter(),
                () -> publication.correct(id, Map.of(Part.MEASURES, "全年审查规范性文件41件。"), "第一部分规范性文件数量误写为14件，应为41件"));

        assertThat(corrected).isEqualTo(published + 1);
        Document current = PortalHtml.valid(page("/public/reports/" + id), "zh-CN");
        assertThat(current.select("article").text()).contains("全年审查规范性文件41件。").doesNotContain("14件。");
        assertThat(current.select(".notice.correction").text())
                .contains("更正说明", "第 " + corrected + " 版更正第 " + published + " 版", "第一部分规范性文件数量误写为14件，应为41件");
        assertThat(current.select("section.versions a").eachAttr("href"))
                .contains("/public/reports/" + id + "/versions/" + published);

        Document old = PortalHtml.valid(page("/public/reports/" + id + "/versions/" + published), "zh-CN");
        assertThat(old.select("article").text()).contains("全年审查规范性文件14件。");
        assertThat(old.select(".notice.old-version").text()).contains("已被更正");
        assertThat(old.select(".notice.old-version a").attr("href")).isEqualTo("/public/reports/" + id);

        // versions that were never released (drafts, submissions) are not reachable
        mvc.perform(get("/public/reports/" + id + "/versions/1")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/public/reports/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[0].text").value("全年审查规范性文件41件。"))
                .andExpect(jsonPath("$.versions[0].kind").value("PUBLISHED"))
                .andExpect(jsonPath("$.versions[1].kind").value("CORRECTED"))
                .andExpect(jsonPath("$.versions[1].note").value("第一部分规范性文件数量误写为14件，应为41件"));

        assertThat(search.search("规范性文件41件", PublicSearch.Filter.none(), 0, 10).hits())
                .extracting(PublicSearch.Hit::reportId)
                .contains(id);
        assertThat(search.search("规范性文件14件", PublicSearch.Filter.none(), 0, 10).hits())
                .extracting(PublicSearch.Hit::reportId)
                .doesNotContain(id);

        assertThat(jdbc.queryForList("SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq", String.class, id))
                .endsWith("report.corrected");
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'report.corrected'",
                        String.class,
                        id))
                .contains("corrects", String.valueOf(published));
    }

    @Test
    void drafters_correct_through_the_api_and_others_are_refused() throws Exception {
        TestUnit unit = data.unit("接口更正街道");
        Long id = data.openReport(2023, unit);
        data.publish(unit, id);
        String body = "{\"parts\":{\"5\":\"补充说明：本年度未发生行政复议败诉案件。\"},\"note\":\"补充第五部分\"}";
        mvc.perform(post("/api/v1/reports/" + id + "/corrections")
                        .with(httpBasic(unit.legal(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reports/" + id + "/corrections")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").isNumber());
        assertThat(page("/public/reports/" + id)).contains("本年度未发生行政复议败诉案件", "补充第五部分");
    }

    @Test
    void only_the_units_drafters_correct_only_published_reports_with_a_note_and_a_change() {
        TestUnit unit = data.unit("更正权限街道");
        TestUnit other = data.unit("别的街道");
        Long id = data.openReport(2023, unit);
        Long draft = data.openReport(2023, other);
        Map<Part, String> text = Map.of(Part.MEASURES, "改正后的内容。");

        assertThatThrownBy(() -> as(other.drafter(), () -> publication.correct(draft, text, "说明")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.correctionNotPublished");
        data.publish(unit, id);
        assertThatThrownBy(() -> as(unit.legal(), () -> publication.correct(id, text, "说明")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.drafter(), () -> publication.correct(id, text, "说明")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(unit.drafter(), () -> publication.correct(id, text, " ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.correctionNoteRequired");
        String measures = jdbc.queryForObject(
                "SELECT content FROM rc_report_part WHERE report_id = ? AND part = '1'", String.class, id);
        assertThatThrownBy(() ->
                        as(unit.drafter(), () -> publication.correct(id, Map.of(Part.MEASURES, measures), "说明")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.correctionUnchanged");
        assertThat(jdbc.queryForList("SELECT action FROM rc_audit WHERE report_id = ?", String.class, id))
                .doesNotContain("report.corrected");
    }
}
