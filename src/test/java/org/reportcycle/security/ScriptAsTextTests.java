package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Markup typed into a part is text everywhere it is shown: portal page, API, Word export. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScriptAsTextTests {

    static final String HOSTILE = "执法力量不足。<script>alert('x')</script><img src=x onerror=alert(2)>";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void script_in_a_part_is_shown_as_text_on_the_portal_in_the_api_and_in_the_word_export() throws Exception {
        TestUnit unit = data.unit("脚本街道");
        Long id = data.openReport(2041, unit);
        data.write(unit, id, Map.of(Part.SHORTCOMINGS, HOSTILE));
        data.publish(unit, id);

        mvc.perform(get("/public/reports/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/api/v1/reports/" + id).with(httpBasic(unit.drafter(), "demo")))
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.parts[?(@.part == '2')].text").value(org.hamcrest.Matchers.hasItem(HOSTILE)));
        byte[] docx = mvc.perform(get("/api/v1/reports/" + id + "/export.docx").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(HOSTILE);
        }
    }
}
