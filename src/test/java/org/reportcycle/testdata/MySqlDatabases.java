package org.reportcycle.testdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases next to the one the MySQL suite was given ({@code MYSQL_URL}, {@code MYSQL_USER},
 * {@code MYSQL_PASSWORD}; see .ci/run), for tests that need a database of their own.
 */
public final class MySqlDatabases {

    private MySqlDatabases() {}

    public static String baseUrl() {
        String url = System.getenv("MYSQL_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("MYSQL_URL is not set (the MySQL suite runs from .ci/run)");
        }
        return url;
    }

    public static String user() {
        return System.getenv().getOrDefault("MYSQL_USER", "root");
    }

    public static String password() {
        return System.getenv().getOrDefault("MYSQL_PASSWORD", "");
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
        return new String[] {parts[0], parts.length > 1 ? parts[1] : "3306"};
    }

    /** The same URL, for another database. */
    public static String urlFor(String database) {
        String url = baseUrl();
        String name = name(url);
        int at = url.indexOf("/" + name, url.indexOf("//") + 2);
        return url.substring(0, at + 1) + database + url.substring(at + 1 + name.length());
    }

    /** Creates an empty utf8mb4 database named after the suite's one plus the suffix; returns its URL. */
    public static String create(String suffix) {
        String database = name(baseUrl()) + "_" + suffix;
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return urlFor(database);
    }

    public static void drop(String url) {
        execute("DROP DATABASE IF EXISTS " + name(url));
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
