package org.reportcycle.bench;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark on MySQL/MariaDB when MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD are set. The database must
 * be empty (a fresh one per run): the benchmark generates its own province into it.
 */
@EnabledIfEnvironmentVariable(named = "MYSQL_URL", matches = ".+")
@ActiveProfiles({"test", "mysql"})
class MySqlBenchmark extends BenchmarkBase {

    @Override
    String db() {
        return "mysql";
    }
}
