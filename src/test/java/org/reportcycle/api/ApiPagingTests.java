package org.reportcycle.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Lists that grow come a page at a time with the total and next/prev links: reports, audit trail, notices. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void the_reports_list_filters_by_year_unit_and_step_and_pages_with_total_and_links() throws Exception {
        TestUnit a = data.unit("分页甲街道");
        TestUnit b = data.unit("分页乙街道");
        TestUnit c = data.unit("分页丙街道");
        int year = 2131; // a year no other test opens: the tests share one database
        data.openCycle(year, List.of(a, b, c), Map.of());
        String admin = data.admin();

        mvc.perform(get("/api/v1/reports?year=" + year + "&size=2").with(httpBasic(admin, "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(header().string("Link", containsString("page=1")))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/reports?year=" + year + "&size=2&page=1").with(httpBasic(admin, "demo")))
                .andExpect(header().string("Link", containsString("rel=\"prev\"")))
                .andExpect(header().string("Link", not(containsString("rel=\"next\""))))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/reports?year=" + year + "&unit=" + b.id()).with(httpBasic(admin, "demo")))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].unitId").value(b.id()));
        mvc.perform(get("/api/v1/reports?year=" + year + "&step=PUBLISHED").with(httpBasic(admin, "demo")))
                .andExpect(header().string("X-Total-Count", "0"));
        // a unit's drafter sees their own unit only, whatever the filter
        mvc.perform(get("/api/v1/reports?year=" + year).with(httpBasic(a.drafter(), "demo")))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].unitId").value(a.id()));
        // the size is bounded
        mvc.perform(get("/api/v1/reports?size=100000").with(httpBasic(admin, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(lessThanOrEqualTo(500)));
    }

    @Test
    void audit_and_notices_page_with_total_and_links() throws Exception {
        TestUnit unit = data.unit("分页通知街道");
        data.openReport(2025, unit);
        data.openReport(2026, unit);
        String admin = data.admin();
        mvc.perform(get("/api/v1/audit?size=1").with(httpBasic(admin, "demo")))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/notices?size=1").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andExpect(jsonPath("$.length()").value(1));
    }
}
