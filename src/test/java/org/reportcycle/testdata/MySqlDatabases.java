package org.reportcycle.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases next to the one the MySQL suite was given ({@code MYSQL_URL}, {@code MYSQL_USER},
 * {@code MYSQL_PASSWORD}; see .ci/run), for tests that need a database of their own. With {@code POSTGRES_URL}
 * set the suite runs on PostgreSQL ({@link PostgresSwitch}) and these are PostgreSQL databases
 * ({@code POSTGRES_URL}, {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD}).
 */
public final class MySqlDatabases {

    private MySqlDatabases() {}

    /** The application profile for the suite's database: {@code mysql} or {@code postgres}. */
    public static String profile() {
        return PostgresSwitch.active() ? "postgres" : "mysql";
    }

    public static String baseUrl() {
        String url = System.getenv(PostgresSwitch.active() ? "POSTGRES_URL" : "MYSQL_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("MYSQL_URL is not set (the MySQL suite runs from .ci/run)");
        }
        return url;
    }

    public static String user() {
        return PostgresSwitch.active()
                ? System.getenv().getOrDefault("POSTGRES_USER", "postgres")
                : System.getenv().getOrDefault("MYSQL_USER", "root");
    }

    public static String password() {
        return System.getenv().getOrDefault(PostgresSwitch.active() ? "POSTGRES_PASSWORD" : "MYSQL_PASSWORD", "");
    }

    /** The database name in a JDBC URL. */
    public static String name(String url) {
        String afterHost = url.substring(url.indexOf("//") + 2);
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** The host and port in a JDBC URL. */
    public static String[] hostPort(String url) {
        String afterHost = url.substring(url.indexOf("//") + 2);
        String hostPort = afterHost.substring(0, afterHost.indexOf('/'));
        String[] parts = hostPort.split(":");
        return new String[] {parts[0], parts.length > 1 ? parts[1] : PostgresSwitch.active() ? "5432" : "3306"};
    }

    /** The same URL, for another database. */
    public static String urlFor(String database) {
        String url = baseUrl();
        String name = name(url);
        int at = url.indexOf("/" + name, url.indexOf("//") + 2);
        return url.substring(0, at + 1) + database + url.substring(at + 1 + name.length());
    }

    /** Creates an empty utf8mb4 (UTF8) database named after the suite's one plus the suffix; returns its URL. */
    public static String create(String suffix) {
        String database = name(baseUrl()) + "_" + suffix;
        dropDatabase(database);
        execute("CREATE DATABASE " + database
                + (PostgresSwitch.active()
                        ? " ENCODING 'UTF8' TEMPLATE template0"
                        : " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
        return urlFor(database);
    }

    public static void drop(String url) {
        dropDatabase(name(url));
    }

    private static void dropDatabase(String database) {
        // PostgreSQL refuses to drop a database with sessions (a test context's pool may still hold some)
        execute("DROP DATABASE IF EXISTS " + database + (PostgresSwitch.active() ? " WITH (FORCE)" : ""));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(baseUrl(), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
