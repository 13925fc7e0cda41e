package org.reportcycle.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Health for everyone, metrics for administrators only, the business metrics, request ids. */
@SpringBootTest(
        properties = {
            "management.prometheus.metrics.export.enabled=true",
            "management.defaults.metrics.export.enabled=true",
            "reportcycle.metrics.max-age=0s"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void health_and_its_probes_answer_without_a_login_but_show_details_only_to_administrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        mvc.perform(get("/actuator/health").with(httpBasic(data.admin(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.details.processVersion")
                        .isNumber());
        mvc.perform(get("/actuator/health/readiness").with(httpBasic(data.admin(), "demo")))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void every_other_actuator_endpoint_is_for_administrators_only() throws Exception {
        TestUnit unit = data.unit("监控街道");
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(httpBasic(unit.drafter(), "demo"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(httpBasic(data.admin(), "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void prometheus_shows_reports_per_step_overdue_tasks_and_step_completions() throws Exception {
        TestUnit unit = data.unit("指标街道");
        double draftsBefore = metric("reportcycle_reports\\{[^}]*step=\"DRAFT\"[^}]*\\}");
        double reviewsBefore = metric("reportcycle_reports\\{[^}]*step=\"LEGAL_REVIEW\"[^}]*\\}");
        double overdueBefore = metric("reportcycle_overdue_tasks\\{[^}]*\\}");
        double submittedBefore = metricOrZero("reportcycle_step_completions_total\\{[^}]*step=\"DRAFT\"[^}]*\\}");

        // a 2019 report: every deadline of that cycle passed long ago, so its drafting task is overdue
        Long overdueReport = data.openReport(2019, unit);
        // a 2099 report: due in 2100, not overdue
        Long report = data.openReport(2099, data.unit("指标二街道"));
        assertThat(metric("reportcycle_reports\\{[^}]*step=\"DRAFT\"[^}]*\\}")).isEqualTo(draftsBefore + 2);
        assertThat(metric("reportcycle_overdue_tasks\\{[^}]*\\}")).isEqualTo(overdueBefore + 1);

        mvc.perform(post("/api/v1/reports/" + overdueReport + "/submit")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"提交\"}"))
                .andExpect(status().isOk());
        assertThat(metric("reportcycle_reports\\{[^}]*step=\"DRAFT\"[^}]*\\}")).isEqualTo(draftsBefore + 1);
        assertThat(metric("reportcycle_reports\\{[^}]*step=\"LEGAL_REVIEW\"[^}]*\\}"))
                .isEqualTo(reviewsBefore + 1);
        assertThat(metric("reportcycle_step_completions_total\\{[^}]*step=\"DRAFT\"[^}]*\\}"))
                .isEqualTo(submittedBefore + 1);
        assertThat(metric("reportcycle_timer_backlog\\{[^}]*\\}")).isGreaterThanOrEqualTo(0);
        assertThat(report).isNotNull();
    }

    @Test
    void a_refused_step_is_not_counted_as_completed() throws Exception {
        TestUnit unit = data.unit("拒绝街道");
        Long report = data.openReport(2025, unit);
        double before = metricOrZero("reportcycle_step_completions_total\\{[^}]*step=\"LEGAL_REVIEW\"[^}]*\\}");
        mvc.perform(post("/api/v1/reports/" + report + "/review/pass")
                        .with(httpBasic(unit.legal(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"同意\"}"))
                .andExpect(status().isConflict());
        assertThat(metricOrZero("reportcycle_step_completions_total\\{[^}]*step=\"LEGAL_REVIEW\"[^}]*\\}"))
                .isEqualTo(before);
    }

    @Test
    void every_response_carries_a_request_id_and_a_well_formed_one_from_the_proxy_is_kept() throws Exception {
        String first = mvc.perform(get("/api/v1/public/reports"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(RequestIds.HEADER);
        String second = mvc.perform(get("/api/v1/public/reports"))
                .andReturn()
                .getResponse()
                .getHeader(RequestIds.HEADER);
        assertThat(first).matches("[0-9a-f]{16}");
        assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);

        mvc.perform(get("/api/v1/reports").header(RequestIds.HEADER, "nginx-4f2a9c1e77"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(RequestIds.HEADER, "nginx-4f2a9c1e77"));
        String forged = mvc.perform(get("/actuator/health").header(RequestIds.HEADER, "bad id\nINFO forged line"))
                .andReturn()
                .getResponse()
                .getHeader(RequestIds.HEADER);
        assertThat(forged).matches("[0-9a-f]{16}");
    }

    private double metric(String regex) throws Exception {
        Double value = find(regex);
        assertThat(value).as("metric %s in /actuator/prometheus", regex).isNotNull();
        return value;
    }

    private double metricOrZero(String regex) throws Exception {
        Double value = find(regex);
        return value == null ? 0 : value;
    }

    private Double find(String regex) throws Exception {
        String body = mvc.perform(get("/actuator/prometheus").with(httpBasic(data.admin(), "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("(?m)^" + regex + " ([0-9.eE+-]+)$").matcher(body);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
