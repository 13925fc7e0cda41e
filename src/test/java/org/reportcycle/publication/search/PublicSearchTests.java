package org.reportcycle.publication.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reportcycle.publication.PortalHtml;
import org.reportcycle.publication.search.PublicSearch.Filter;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Full-text search of published reports: Chinese phrases, filters, highlighting, never a draft. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PublicSearch search;

    @Autowired
    SearchIndex index;

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
    void a_phrase_from_a_published_report_finds_it_highlighted_and_a_draft_is_never_found() throws Exception {
        TestUnit published = data.unit("搜索公开街道");
        Long id = data.openReport(2023, published);
        data.write(published, id, Map.of(Part.MEASURES, "（一）强化组织领导。\n全年推行网格化执法协同机制，办结案件58件。"));
        data.publish(published, id);
        TestUnit drafting = data.unit("搜索草稿街道");
        Long draft = data.openReport(2023, drafting);
        data.write(drafting, draft, Map.of(Part.MEASURES, "草稿独有的楼宇经济法治服务站建设情况。"));

        Document doc = PortalHtml.valid(page("/public/search?q=网格化执法协同"), "zh-CN");
        assertThat(doc.select("ol.hits a").eachAttr("href")).containsExactly("/public/reports/" + id);
        assertThat(doc.select("ol.hits mark").eachText()).containsExactly("网格化执法协同");
        assertThat(doc.select("ol.hits .passage").text()).contains("全年推行网格化执法协同机制，办结案件58件。");
        assertThat(doc.select("input#q").val()).isEqualTo("网格化执法协同");

        String none = page("/public/search?q=楼宇经济法治服务站");
        assertThat(none).doesNotContain("/public/reports/" + draft).contains("没有找到包含“楼宇经济法治服务站”的已公开报告");
        assertThat(search.search("楼宇经济法治服务站", Filter.none(), 0, 10).hits()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_search_doc WHERE report_id = ?", Integer.class, draft))
                .isZero();
        mvc.perform(get("/public/reports/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/public/reports/" + draft + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/public/reports/" + draft + ".docx")).andExpect(status().isNotFound());
    }

    @Test
    void every_word_must_occur_and_the_phrase_must_be_contiguous() {
        TestUnit unit = data.unit("词语街道");
        Long id = data.openReport(2023, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "推进柔性执法清单制度。另行开展商户普法夜校。"));
        data.publish(unit, id);

        assertThat(ids("柔性执法清单 普法夜校")).contains(id);
        assertThat(ids("柔性执法 不存在的词语组合")).doesNotContain(id);
        // every bigram of 清单夜校 occurs nowhere together; 执法清单制 is contiguous, 清单执法 is not
        assertThat(ids("执法清单制")).contains(id);
        assertThat(ids("清单执法柔性")).doesNotContain(id);
    }

    @Test
    void filters_by_year_level_and_unit() {
        TestUnit a = data.unit("筛选甲街道");
        TestUnit b = data.unit("筛选乙街道");
        Long a22 = data.openReport(2022, a);
        Long b22 = data.openReport(2022, b);
        for (var e : Map.of(a, a22, b, b22).entrySet()) {
            data.write(e.getKey(), e.getValue(), Map.of(Part.OTHER, "开展湿地保护联合巡查。"));
            data.publish(e.getKey(), e.getValue());
        }
        assertThat(ids("湿地保护联合巡查")).contains(a22, b22);
        assertThat(search.search("湿地保护联合巡查", new Filter(null, null, a.id()), 0, 10)
                        .hits())
                .extracting(PublicSearch.Hit::reportId)
                .containsExactly(a22);
        assertThat(search.search("湿地保护联合巡查", new Filter(2021, null, null), 0, 10)
                        .hits())
                .isEmpty();
        assertThat(search.search("湿地保护联合巡查", new Filter(2022, UnitLevel.COUNTY, null), 0, 10)
                        .hits())
                .isEmpty();
        assertThat(search.search("湿地保护联合巡查", new Filter(2022, UnitLevel.STREET, null), 0, 10)
                        .hits())
                .extracting(PublicSearch.Hit::reportId)
                .contains(a22, b22);
    }

    @Test
    void results_come_in_pages() throws Exception {
        TestUnit a = data.unit("分页甲街道");
        TestUnit b = data.unit("分页乙街道");
        TestUnit c = data.unit("分页丙街道");
        for (TestUnit u : java.util.List.of(a, b, c)) {
            Long id = data.openReport(2020, u);
            data.write(u, id, Map.of(Part.OTHER, "设立乡贤调解工作室。"));
            data.publish(u, id);
        }
        PublicSearch.Page first = search.search("乡贤调解工作室", Filter.none(), 0, 2);
        PublicSearch.Page second = search.search("乡贤调解工作室", Filter.none(), 1, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.hits()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().getFirst().reportId())
                .isNotIn(first.hits().stream().map(PublicSearch.Hit::reportId).toList());

        Document doc = PortalHtml.valid(page("/public/search?q=乡贤调解工作室"), "zh-CN");
        assertThat(doc.select("ol.hits > li")).hasSizeLessThanOrEqualTo(20).hasSize(3);
    }

    @Test
    void the_index_is_rebuilt_for_reports_published_before_it_existed() {
        TestUnit unit = data.unit("重建街道");
        Long id = data.openReport(2023, unit);
        data.write(unit, id, Map.of(Part.OTHER, "建成智慧司法所示范点。"));
        data.publish(unit, id);
        index.remove(id);
        assertThat(ids("智慧司法所示范点")).doesNotContain(id);

        assertThat(index.indexMissing()).isGreaterThanOrEqualTo(1);
        assertThat(ids("智慧司法所示范点")).containsExactly(id);
    }

    @Test
    void when_every_gram_is_common_the_newest_reports_are_walked_and_verified() {
        TestUnit a = data.unit("常见甲街道");
        TestUnit b = data.unit("常见乙街道");
        TestUnit c = data.unit("常见丙街道");
        Long a1 = data.openReport(2018, a);
        Long b1 = data.openReport(2018, b);
        Long c1 = data.openReport(2018, c);
        data.write(a, a1, Map.of(Part.OTHER, "推行屋场议事会制度。"));
        data.write(b, b1, Map.of(Part.OTHER, "推行屋场议事会制度，成效明显。"));
        data.write(c, c1, Map.of(Part.OTHER, "议事会与屋场分别设立制度。"));
        data.publish(a, a1);
        data.publish(b, b1);
        data.publish(c, c1);
        int previous = search.commonFrom(1);
        try {
            assertThat(ids("屋场议事会制度")).contains(a1, b1).doesNotContain(c1);
            PublicSearch.Page first = search.search("屋场议事会制度", new Filter(2018, null, null), 0, 1);
            assertThat(first.hits()).extracting(PublicSearch.Hit::reportId).containsExactly(b1);
            assertThat(first.hasNext()).isTrue();
            assertThat(first.hits().getFirst().passages())
                    .extracting(PublicSearch.Passage::match)
                    .containsExactly("屋场议事会制度");
            assertThat(search.search("屋场议事会制度", new Filter(2018, null, null), 1, 1)
                            .hits())
                    .extracting(PublicSearch.Hit::reportId)
                    .containsExactly(a1);
            assertThat(search.search("屋场议事会制度", new Filter(null, null, c.id()), 0, 10)
                            .hits())
                    .isEmpty();
        } finally {
            search.commonFrom(previous);
        }
    }

    private java.util.List<Long> ids(String q) {
        return search.search(q, Filter.none(), 0, 100).hits().stream()
                .map(PublicSearch.Hit::reportId)
                .toList();
    }

    @Test
    void with_no_words_the_year_and_unit_filters_alone_list_the_published_reports() throws Exception {
        TestUnit a = data.unit("筛选甲街道");
        TestUnit b = data.unit("筛选乙街道");
        Long a88 = data.openReport(2388, a);
        Long b88 = data.openReport(2388, b);
        Long a89 = data.openReport(2389, a);
        data.publish(a, a88);
        data.publish(b, b88);
        data.publish(a, a89);

        Document year = PortalHtml.valid(page("/public/search?q=&year=2388"), "zh-CN");
        assertThat(year.select("#listed a[href^=/public/reports/]").eachAttr("href"))
                .contains("/public/reports/" + a88, "/public/reports/" + b88)
                .doesNotContain("/public/reports/" + a89);
        assertThat(year.select("#listed h2").text()).matches("共 \\d+ 份已公开报告符合条件");

        Document unit = PortalHtml.valid(page("/public/search?q=&year=2388&unit=" + a.id()), "zh-CN");
        assertThat(unit.select("#listed a[href^=/public/reports/]").eachAttr("href"))
                .containsExactly("/public/reports/" + a88);
        assertThat(unit.select("#listed h2").text()).isEqualTo("共 1 份已公开报告符合条件");
    }
}
