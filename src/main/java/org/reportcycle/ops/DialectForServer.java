package org.reportcycle.ops;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Hibernate's dialect for the server actually connected: MySQL Connector/J names a MariaDB server "MySQL" (version
 * "5.5.5-10.11.19-MariaDB…"), and Hibernate's MySQL dialect then writes what MariaDB does not understand (a row
 * lock as {@code FOR UPDATE OF alias}). A MariaDB server gets Hibernate's MariaDB dialect at its real version; every
 * other server the standard choice (this resolver answers nothing). Set as {@code hibernate.dialect_resolvers}.
 */
public class DialectForServer implements DialectResolver {

    private static final Pattern MARIADB =
            Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?-MariaDB", Pattern.CASE_INSENSITIVE);

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return mariaDbVersion(info.getDatabaseVersion())
                .map(MariaDBDialect::new)
                .orElse(null);
    }

    /** The MariaDB version in a server's version string, if it names MariaDB. */
    static Optional<DatabaseVersion> mariaDbVersion(String version) {
        Matcher m = version == null ? null : MARIADB.matcher(version);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        return Optional.of(DatabaseVersion.make(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }
}
