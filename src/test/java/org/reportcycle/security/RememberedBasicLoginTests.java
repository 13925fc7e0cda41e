package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HTTP Basic on the API remembers a verified login (no password hash per call) but never past a change: a new
 * password, a deactivation or a lock-out ends the remembered login on the next call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RememberedBasicLoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void a_remembered_login_ends_with_a_new_password_a_deactivation_or_a_lock() throws Exception {
        TestUnit unit = data.unit("记住登录街道");
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isOk());
        // a wrong password is never taken for the remembered one
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo2")))
                .andExpect(status().isUnauthorized());

        jdbc.update("UPDATE rc_user SET password_hash = ? WHERE username = ?", passwords.encode("neu"), unit.drafter());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "neu"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.legal(), "demo"))).andExpect(status().isOk());
        jdbc.update("UPDATE rc_user SET active = FALSE WHERE username = ?", unit.legal());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.legal(), "demo"))).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "demo")))
                .andExpect(status().isOk());
        // blocked from the address the calls come from (the sign-in above left its row there)
        assertThat(jdbc.update(
                        "UPDATE rc_login_lock SET failed_count = 10, locked_until = ? WHERE username = ? AND source = ?",
                        Timestamp.valueOf("2099-01-01 00:00:00"),
                        unit.secretary(),
                        "127.0.0.1"))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/tasks").with(httpBasic(unit.secretary(), "demo")))
                .andExpect(status().isUnauthorized());
    }
}
