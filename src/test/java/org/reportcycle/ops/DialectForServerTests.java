package org.reportcycle.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A MariaDB server is known by the version string MySQL Connector/J reports for it, at its real version. */
class DialectForServerTests {

    @Test
    void a_mariadb_server_is_known_at_its_own_version_not_the_compatibility_prefix() {
        assertThat(DialectForServer.mariaDbVersion("5.5.5-10.11.19-MariaDB-0+deb12u1"))
                .hasValueSatisfying(v -> {
                    assertThat(v.getMajor()).isEqualTo(10);
                    assertThat(v.getMinor()).isEqualTo(11);
                    assertThat(v.getMicro()).isEqualTo(19);
                });
        assertThat(DialectForServer.mariaDbVersion("11.4.2-MariaDB"))
                .hasValueSatisfying(v -> assertThat(v.getMajor()).isEqualTo(11));
    }

    @Test
    void mysql_and_other_servers_keep_the_standard_choice() {
        assertThat(DialectForServer.mariaDbVersion("8.0.36")).isEmpty();
        assertThat(DialectForServer.mariaDbVersion("8.4.0-commercial")).isEmpty();
        assertThat(DialectForServer.mariaDbVersion(null)).isEmpty();
    }
}
