package org.reportcycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark on H2 in file mode (a fresh database under target/bench/h2 for every run). */
class H2Benchmark extends BenchmarkBase {

    @DynamicPropertySource
    static void freshFileDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = BenchResults.DIR.resolve("h2").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("rc-" + System.currentTimeMillis()));
    }

    @Override
    String db() {
        return "h2";
    }

    @Override
    boolean withJvmScenarios() {
        return true;
    }
}
