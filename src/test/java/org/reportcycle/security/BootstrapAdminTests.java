package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh installation without demo data has exactly one account: the administrator named in the
 * configuration, with a hashed password; weak initial passwords are refused.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:bootstrap-admin;DB_CLOSE_DELAY=-1",
            "reportcycle.demo.enabled=false",
            "reportcycle.bootstrap.admin-username=chief",
            "reportcycle.bootstrap.admin-password=Spring-Rain-2026!"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BootstrapAdminTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void a_fresh_start_creates_only_the_configured_administrator_with_a_bcrypt_hash() throws Exception {
        assertThat(jdbc.queryForList("SELECT username FROM rc_user", String.class))
                .containsExactly("chief");
        String hash = jdbc.queryForObject("SELECT password_hash FROM rc_user WHERE username = 'chief'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain("Spring-Rain");
        assertThat(jdbc.queryForObject("SELECT administrator FROM rc_user WHERE username = 'chief'", Boolean.class))
                .isTrue();

        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("chief", "Spring-Rain-2026!")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
    }

    @Test
    void weak_initial_passwords_are_refused() {
        for (String weak :
                new String[] {"demo", "password123", "Short1!", "alllowercaseletters", "chief-Admin-2026!"}) {
            assertThatThrownBy(() -> BootstrapAdmin.requireStrong("chief", weak))
                    .as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("too weak");
        }
        BootstrapAdmin.requireStrong("chief", "Spring-Rain-2026!");
        BootstrapAdmin.requireStrong("chief", "correct horse Battery 7");
    }
}
