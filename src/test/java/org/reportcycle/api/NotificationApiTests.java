package org.reportcycle.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Notices, preferences, deadline moves, delegation and copies over REST, with the services' checks. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    Long reportId;

    @BeforeEach
    void report() {
        unit = data.unit("接口通知街道");
        reportId = data.openReport(2037, unit);
    }

    @Test
    void people_list_and_mark_their_notices_and_set_their_choices() throws Exception {
        call(get("/api/v1/notices"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("task"))
                .andExpect(jsonPath("$[0].link").value("reports/" + reportId))
                .andExpect(jsonPath("$[0].read").value(false));
        Long noticeId = jdbc.queryForObject("SELECT id FROM rc_notice WHERE recipient = ?", Long.class, unit.drafter());
        call(post("/api/v1/notices/" + noticeId + "/read"), unit.legal(), null).andExpect(status().isForbidden());
        call(post("/api/v1/notices/" + noticeId + "/read"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(0));
        call(put("/api/v1/notification-preferences/reminder"), unit.drafter(), "{\"inApp\":true,\"byMail\":false}")
                .andExpect(status().isOk());
        call(get("/api/v1/notification-preferences"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind=='reminder')].byMail").value(hasItem(false)));
        call(put("/api/v1/notification-preferences/spam"), unit.drafter(), "{\"inApp\":true,\"byMail\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("error.unknownNoticeKind"));
    }

    @Test
    void only_an_administrator_moves_a_deadline_and_never_into_the_past() throws Exception {
        Long cycleId = cycles.byYear(2037).orElseThrow().getId();
        String past = "{\"level\":\"STREET\",\"milestone\":\"DRAFT\",\"dueDate\":\"2020-01-01\"}";
        String future = "{\"level\":\"STREET\",\"milestone\":\"DRAFT\",\"dueDate\":\""
                + LocalDate.now().plusYears(12) + "\"}";
        call(put("/api/v1/cycles/" + cycleId + "/deadline"), unit.drafter(), future)
                .andExpect(status().isForbidden());
        call(put("/api/v1/cycles/" + cycleId + "/deadline"), data.admin(), past)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("error.deadlineInPast"));
        call(put("/api/v1/cycles/" + cycleId + "/deadline"), data.admin(), future)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportsRescheduled").value(1));
    }

    @Test
    void delegation_and_copies_over_the_api() throws Exception {
        String body = "{\"unitId\":" + unit.id() + ",\"delegate\":\"" + unit.secretary() + "\",\"from\":\""
                + LocalDate.now().plusDays(1) + "\",\"until\":\""
                + LocalDate.now().plusDays(3) + "\"}";
        call(post("/api/v1/delegations"), unit.legal(), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegate").value(unit.secretary()));
        Long id =
                jdbc.queryForObject("SELECT MAX(id) FROM rc_delegation WHERE from_user = ?", Long.class, unit.legal());
        call(get("/api/v1/delegations"), unit.secretary(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].delegator").value(unit.legal()));
        call(delete("/api/v1/delegations/" + id), unit.secretary(), null).andExpect(status().isForbidden());
        call(delete("/api/v1/delegations/" + id), unit.legal(), null).andExpect(status().isNoContent());

        TestUnit other = data.unit("接口旁观街道");
        call(get("/api/v1/reports/" + reportId), other.drafter(), null).andExpect(status().isForbidden());
        // copies stay inside the circle (issue 19): the other unit supervises this one
        jdbc.update("UPDATE rc_unit SET parent_id = ? WHERE id = ?", other.id(), unit.id());
        call(post("/api/v1/reports/" + reportId + "/copies"), unit.drafter(), "{\"to\":\"" + other.drafter() + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.firstReadAt").value(nullValue()));
        call(get("/api/v1/reports/" + reportId), other.drafter(), null).andExpect(status().isOk());
        call(post("/api/v1/reports/" + reportId + "/copies/read"), other.drafter(), null)
                .andExpect(status().isNoContent());
        call(get("/api/v1/reports/" + reportId + "/copies"), unit.drafter(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].firstReadAt").isNotEmpty());
        call(post("/api/v1/reports/" + reportId + "/submit"), other.drafter(), "{}")
                .andExpect(status().isForbidden());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(httpBasic(user, "demo"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
