package org.reportcycle.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CoSignSetup;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 会签 over the API with real HTTP Basic logins: the co-signers' decisions, the status, another unit refused. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CoSignApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CoSignSetup setup;

    @Test
    void co_signers_agree_over_the_api_and_the_final_signer_follows() throws Exception {
        TestUnit unit = setup.unit("接口会签街道", 3, 1, 2);
        TestUnit other = setup.unit("接口他单位街道", 3, 1, 2);
        Long id = setup.reportAtSignoff(2449, unit);

        post(id, "/signoff/co-sign/approve", other.leader(1), "{\"opinion\":\"同意\",\"confidentialityAttested\":false}")
                .andExpect(status().isForbidden());
        post(id, "/signoff/co-sign/approve", unit.leader(1), "{\"opinion\":\"\",\"confidentialityAttested\":false}")
                .andExpect(status().isBadRequest());
        post(id, "/signoff/co-sign/approve", unit.leader(1), "{\"opinion\":\"同意\",\"confidentialityAttested\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("CO_SIGN"));
        mvc.perform(get("/api/v1/reports/" + id + "/co-signers").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value(unit.leaderName(1)))
                .andExpect(jsonPath("$[0].waiting").value(false))
                .andExpect(jsonPath("$[1].name").value(unit.leaderName(2)))
                .andExpect(jsonPath("$[1].waiting").value(true));
        post(id, "/signoff/co-sign/approve", unit.leader(2), "{\"opinion\":\"同意\",\"confidentialityAttested\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("LEADER_SIGNOFF"));
    }

    @Test
    void a_co_signer_returns_over_the_api_with_a_reason() throws Exception {
        TestUnit unit = setup.unit("接口会签退回街道", 2, 1, 2);
        Long id = setup.reportAtSignoff(2450, unit);
        post(id, "/signoff/co-sign/return", unit.leader(2), "{\"text\":\"\"}").andExpect(status().isBadRequest());
        post(id, "/signoff/co-sign/return", unit.leader(2), "{\"text\":\"数据有误\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.step").value("DRAFT"));
    }

    private ResultActions post(Long id, String path, String user, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/" + id + path)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
