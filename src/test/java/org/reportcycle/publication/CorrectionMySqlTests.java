package org.reportcycle.publication;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Corrections again on a real MySQL/MariaDB (see {@code .ci/run}). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class CorrectionMySqlTests extends CorrectionTests {}
