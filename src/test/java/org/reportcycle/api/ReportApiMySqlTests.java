package org.reportcycle.api;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The REST API's whole cycle and unit isolation again, on a real MySQL/MariaDB (see {@code .ci/run}). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class ReportApiMySqlTests extends ReportApiTests {}
