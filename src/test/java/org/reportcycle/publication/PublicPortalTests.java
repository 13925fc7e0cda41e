package org.reportcycle.publication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal shows published reports to anyone, and nothing else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicPortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void a_published_report_is_listed_and_readable_without_login() throws Exception {
        TestUnit unit = data.unit("公开街道");
        Long id = data.openReport(2024, unit);
        data.write(
                unit,
                id,
                Map.of(
                        Part.MEASURES,
                        "（一）强化组织领导。\n全年召开专题会议4次。",
                        Part.SHORTCOMINGS,
                        "执法力量薄弱。<script>alert(1)</script>"));
        data.publish(unit, id);

        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公开街道2024年法治政府建设年度报告")))
                .andExpect(content().string(containsString("lang=\"zh-CN\"")));
        mvc.perform(get("/public/reports/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(content().string(containsString("全年召开专题会议4次。")))
                .andExpect(content().string(containsString("索引号")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void a_draft_is_never_shown_on_the_portal() throws Exception {
        TestUnit unit = data.unit("草稿街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "尚未公开的草稿内容"));

        mvc.perform(get("/public/reports/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public")).andExpect(content().string(not(containsString("草稿街道"))));
    }
}
