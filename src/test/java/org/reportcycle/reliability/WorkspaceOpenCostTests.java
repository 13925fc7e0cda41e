package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What opening a report's workspace in the browser asks the database (H2, the Vaadin view built as in
 * {@link Browserless}): prints {@code WORKSPACE OPEN:} with the statements, pool check-outs and commits and each
 * statement's shape, and fails when the open needs more statements than measured (60 on 2026-12-06, after the
 * caller was read once per request instead of once per service call: on MariaDB the open had cost 101 statements,
 * 29 of them resolving the caller). What remains is listed in the README's load section.
 */
@UiSpringTest
@Import(WorkspaceOpenCostTests.Counting.class)
class WorkspaceOpenCostTests {

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    StatementCounter counter;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void close() {
        Browserless.stop();
    }

    @Test
    void opening_the_workspace_asks_the_database_a_bounded_number_of_times() {
        TestUnit unit = data.unit("探针街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);
        Browserless.navigate("");
        Map<String, Integer> before = new LinkedHashMap<>();
        counter.shapes.forEach((k, v) -> before.put(k, v.get()));
        StatementCounter.Reading r0 = counter.read();
        Browserless.navigate("reports/" + report);
        StatementCounter.Reading cost = counter.read().minus(r0);
        System.out.println("WORKSPACE OPEN: " + cost);
        counter.shapes.forEach((k, v) -> {
            int d = v.get() - before.getOrDefault(k, 0);
            if (d > 0) {
                System.out.printf("WORKSPACE OPEN: %3d × %s%n", d, k);
            }
        });
        // 60 before the cycle's year was kept and the progress read the unit's people in one statement (54); 20 since
        // the closed panels are made when opened (SectionPanel)
        assertThat(cost.statements()).as("statements of a workspace open").isLessThanOrEqualTo(20);
        // the caller is resolved at most once for the open (it was once per service call)
        assertThat(counter.shapes.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("SELECT 0 AS src"))
                        .mapToInt(e -> e.getValue().get() - before.getOrDefault(e.getKey(), 0))
                        .sum())
                .as("caller resolutions during the open")
                .isLessThanOrEqualTo(1);
    }
}
