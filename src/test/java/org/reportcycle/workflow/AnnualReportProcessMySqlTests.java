package org.reportcycle.workflow;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every BPMN path again, on a real MySQL/MariaDB given by MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD
 * ({@code .ci/run} creates a fresh database for each run).
 */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class AnnualReportProcessMySqlTests extends AnnualReportProcessTests {}
