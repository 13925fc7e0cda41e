package org.reportcycle.publication;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Open data API, feed, sitemap, statistics and pages again on a real MySQL/MariaDB (see {@code .ci/run}). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class PublicDataMySqlTests extends PublicDataTests {}
