package org.reportcycle.publication.search;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The n-gram search again on a real MySQL/MariaDB (see {@code .ci/run}). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class PublicSearchMySqlTests extends PublicSearchTests {}
