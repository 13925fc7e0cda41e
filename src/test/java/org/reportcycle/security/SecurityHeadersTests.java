package org.reportcycle.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal and the API send the protective headers a browser acts on. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_public_portal_forbids_framing_foreign_scripts_and_leaking_the_referrer() throws Exception {
        for (String path : new String[] {"/public", "/public/reports/999999"}) {
            mvc.perform(get(path))
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    allOf(
                                            containsString("default-src 'self'"),
                                            containsString("frame-ancestors 'none'"),
                                            containsString("form-action 'self'"))))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
    }

    @Test
    void the_api_forbids_type_sniffing_and_caching() throws Exception {
        mvc.perform(get("/api/v1/public/reports"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
}
