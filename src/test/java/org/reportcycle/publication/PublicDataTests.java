package org.reportcycle.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Open data API, Atom feed, sitemap, statistics and the browse pages; none shows an unpublished report. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    private String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private record Published(TestUnit unit, Long id, TestUnit draftUnit, Long draft) {}

    private Published publishedAndDraft(int year, String name) {
        TestUnit unit = data.unit(name + "公开街道");
        Long id = data.openReport(year, unit);
        data.write(unit, id, Map.of(Part.OTHER, name + "开放数据测试段落。"));
        data.publish(unit, id);
        TestUnit draftUnit = data.unit(name + "草稿街道");
        Long draft = data.openReport(year, draftUnit);
        return new Published(unit, id, draftUnit, draft);
    }

    @Test
    void the_api_pages_and_filters_published_reports_and_has_no_drafts() throws Exception {
        Published p = publishedAndDraft(2019, "接口");

        mvc.perform(get("/api/v1/public/reports?year=2019&size=500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(p.id().intValue())))
                .andExpect(jsonPath("$[*].id", not(hasItem(p.draft().intValue()))))
                .andExpect(jsonPath("$[?(@.id == " + p.id() + ")].indexNo").isNotEmpty())
                .andExpect(jsonPath("$[?(@.id == " + p.id() + ")].level").value("STREET"));
        mvc.perform(get("/api/v1/public/reports?unit=" + p.unit().id()))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].unit").value("接口公开街道"));
        mvc.perform(get("/api/v1/public/reports?unit=" + p.unit().id() + "&level=COUNTY"))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/public/reports?q=接口开放数据测试段落"))
                .andExpect(jsonPath("$[*].id", hasItem(p.id().intValue())));
        mvc.perform(get("/api/v1/public/reports?size=1&page=0"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(header().string("Link", containsString("page=1")))
                .andExpect(header().string("Link", containsString("rel=\"next\"")));
        mvc.perform(get("/api/v1/public/reports/" + p.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[*].heading", hasItem(Part.OTHER.titleZh())))
                .andExpect(jsonPath("$.parts[*].text", hasItem("接口开放数据测试段落。")))
                .andExpect(jsonPath("$.issuer").value("接口公开街道"))
                .andExpect(jsonPath("$.writtenOn").isNotEmpty());
        mvc.perform(get("/api/v1/public/reports/" + p.draft())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/reports/999999")).andExpect(status().isNotFound());

        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/public/reports'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("q", "year", "level", "unit", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/public/reports/{id}'].get.responses['404']")
                        .exists());
    }

    @Test
    void the_atom_feed_lists_new_publications_per_unit_and_level() throws Exception {
        Published p = publishedAndDraft(2019, "订阅");
        org.w3c.dom.Document all = xml(body("/public/feed.atom"));
        assertThat(all.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(entryIds(all))
                .contains("http://localhost:8080/public/reports/" + p.id())
                .doesNotContain("http://localhost:8080/public/reports/" + p.draft());
        assertThat(entryIds(xml(body("/public/feed.atom?unit=" + p.unit().id()))))
                .containsExactly("http://localhost:8080/public/reports/" + p.id());
        assertThat(entryIds(xml(body("/public/feed.atom?level=COUNTY"))))
                .doesNotContain("http://localhost:8080/public/reports/" + p.id());
        assertThat(entryIds(xml(body("/public/feed.atom?level=STREET"))))
                .contains("http://localhost:8080/public/reports/" + p.id());
        mvc.perform(get("/public/feed.atom"))
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")));

        org.w3c.dom.Document sitemap = xml(body("/sitemap.xml"));
        String locs = sitemap.getDocumentElement().getTextContent();
        assertThat(locs).contains("/public/reports/" + p.id()).doesNotContain("/public/reports/" + p.draft() + "<");
        assertThat(texts(sitemap, "loc")).doesNotContain("http://localhost:8080/public/reports/" + p.draft());
    }

    @Test
    void statistics_count_units_published_on_time_late_and_not_yet() throws Exception {
        // 2017's deadline (2018-04-01) has passed: publishing today is late; 2031's deadline is ahead
        Published late = publishedAndDraft(2017, "统计");
        TestUnit onTime = data.unit("统计按时街道");
        Long id = data.openReport(2031, onTime);
        data.publish(onTime, id);

        Document doc = PortalHtml.valid(body("/public/statistics?year=2017"), "zh-CN");
        Map<String, List<String>> rows = rows(doc.select("table.stats").first());
        assertThat(rows.get("街道")).containsExactly("0", "1", "1", "2");
        assertThat(rows.get("合计")).containsExactly("0", "1", "1", "2");
        assertThat(rows(doc.select("table.stats").get(1)).get("（无上级单位）")).containsExactly("0", "1", "1", "2");
        assertThat(doc.select("svg rect")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(doc.select("ul.deadlines").text()).contains("2018-04-01");

        Document next = PortalHtml.valid(body("/public/statistics?year=2031&lang=en"), "en");
        assertThat(rows(next.select("table.stats").first()).get("Street office"))
                .containsExactly("1", "0", "0", "1");
        assertThat(late.draft()).isNotNull();
    }

    @Test
    void the_browse_pages_are_valid_html_in_chinese_and_english() throws Exception {
        Published a = publishedAndDraft(2016, "浏览");
        TestUnit unit = a.unit();
        Long second = data.openReport(2015, unit);
        data.publish(unit, second);

        Document index = PortalHtml.valid(body("/public"), "zh-CN");
        assertThat(index.select("a[href=/public/reports/" + a.id() + "]")).isNotEmpty();
        Document en = PortalHtml.valid(body("/public?lang=en"), "en");
        assertThat(en.select("h1").text()).isEqualTo("Annual reports on law-based government");
        assertThat(en.select("a[href=/public/reports/" + a.id() + "?lang=en]")).isNotEmpty();

        Document units = PortalHtml.valid(body("/public/units"), "zh-CN");
        assertThat(units.select("ul.tree a[href=/public/units/" + unit.id() + "]"))
                .isNotEmpty();
        Document unitPage = PortalHtml.valid(body("/public/units/" + unit.id()), "zh-CN");
        assertThat(unitPage.select("td a").eachAttr("href"))
                .containsExactly("/public/reports/" + a.id(), "/public/reports/" + second);
        Document draftUnit =
                PortalHtml.valid(body("/public/units/" + a.draftUnit().id()), "zh-CN");
        assertThat(draftUnit.select("td a")).isEmpty();

        Document report = PortalHtml.valid(body("/public/reports/" + a.id()), "zh-CN");
        assertThat(report.select("dl.meta dt").eachText()).containsExactly("索引号", "发布机构", "成文日期", "发布日期");
        assertThat(report.select("article h2").eachText()).contains(Part.OTHER.titleZh());
        assertThat(report.select("p.downloads a").eachAttr("href"))
                .containsExactly(
                        "/public/reports/" + a.id() + ".pdf",
                        "/public/reports/" + a.id() + ".docx",
                        "/public/reports/" + a.id() + ".ofd",
                        "/public/verify");
        Document reportEn = PortalHtml.valid(body("/public/reports/" + a.id() + "?lang=en"), "en");
        assertThat(reportEn.select("dl.meta dt").eachText())
                .containsExactly("Index number", "Issuing body", "Date written", "Date published");
        assertThat(reportEn.select("article h2").eachText()).contains(Part.OTHER.titleEn());

        Document compare = PortalHtml.valid(body("/public/compare?a=" + a.id() + "&b=" + second), "zh-CN");
        assertThat(compare.select("table.compare thead a").eachAttr("href"))
                .containsExactly("/public/reports/" + a.id(), "/public/reports/" + second);
        assertThat(compare.select("table.compare th[scope=colgroup]").eachText())
                .contains(Part.OTHER.titleZh());
        assertThat(compare.select("table.compare td").text()).contains("浏览开放数据测试段落。");
        Document compareDraft = PortalHtml.valid(body("/public/compare?a=" + a.id() + "&b=" + a.draft()), "zh-CN");
        assertThat(compareDraft.select("table.compare")).isEmpty();
        assertThat(compareDraft.select("option[value=" + a.draft() + "]")).isEmpty();

        PortalHtml.valid(body("/public/search?q=" + UnitLevel.STREET), "zh-CN");
        PortalHtml.valid(
                mvc.perform(get("/public/reports/" + a.draft()))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "zh-CN");
    }

    private static Map<String, List<String>> rows(org.jsoup.nodes.Element table) {
        Map<String, List<String>> rows = new java.util.HashMap<>();
        table.select("tbody tr")
                .forEach(tr ->
                        rows.put(tr.selectFirst("th").text(), tr.select("td").eachText()));
        return rows;
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> entryIds(org.w3c.dom.Document feed) {
        List<String> ids = new java.util.ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((Element) entries.item(i))
                    .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                    .item(0)
                    .getTextContent());
        }
        return ids;
    }

    private static List<String> texts(org.w3c.dom.Document doc, String tag) {
        List<String> out = new java.util.ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
