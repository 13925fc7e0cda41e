package org.reportcycle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark of BENCHMARKS.md on one database ({@code ./mvnw -B -Pbench verify}; never part of the
 * default build). It asserts nothing: a benchmark reports numbers, it does not fail on them.
 */
@Tag("bench")
@ActiveProfiles("test")
@DirtiesContext
@SpringBootTest(
        properties = {"logging.level.org.flowable=warn", "logging.level.org.hibernate=warn", "spring.jpa.show-sql=false"
        })
abstract class BenchmarkBase {

    @Autowired
    ApplicationContext context;

    /** Signs people in for the services (registers the security-context strategy). */
    @Autowired
    TestData testData;

    abstract String db();

    /** Scenarios S6 and S7 do not touch the database: they run once, with the H2 run. */
    boolean withJvmScenarios() {
        return false;
    }

    @Test
    void every_scenario_side_by_side_with_the_bare_engine() {
        if (BenchResults.figures(null).isEmpty()) {
            BenchResults.note("Benchmark of commit " + commit() + ", " + Instant.now() + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores (shared with other work: figures are noisy)");
        }
        new Scenarios(context, db(), BenchScale.fromSystem()).runAll(withJvmScenarios());
        BenchResults.write();
        System.out.println("\n## Benchmark results (" + db() + ")\n\n"
                + BenchResults.table(BenchResults.figures(db(), withJvmScenarios())) + "\nAll runs: "
                + BenchResults.DIR.resolve("results.json").toAbsolutePath() + " and results.md\n");
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
