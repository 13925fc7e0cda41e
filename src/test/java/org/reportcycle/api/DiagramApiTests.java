package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/reports/{id}/diagram.svg: the report's progress as SVG, with the access of reading the report. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DiagramApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void readers_get_the_diagram_others_and_unknown_reports_403_as_for_reading_the_report() throws Exception {
        TestUnit unit = data.unit("图接口街道");
        TestUnit other = data.unit("图接口隔壁");
        Long id = data.openReport(2343, unit);

        String svg = mvc.perform(get("/api/v1/reports/" + id + "/diagram.svg")
                        .header("Accept-Language", "en")
                        .with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("image/svg+xml")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("id=\"node-draft\"").contains("Legal review");

        mvc.perform(get("/api/v1/reports/" + id + "/diagram.svg").with(httpBasic(other.drafter(), "demo")))
                .andExpect(status().isForbidden());
        // as for the report itself, a report that does not exist answers as one the caller may not see (issue 19)
        mvc.perform(get("/api/v1/reports/987654321/diagram.svg").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id + "/diagram.svg")).andExpect(status().isUnauthorized());
    }
}
