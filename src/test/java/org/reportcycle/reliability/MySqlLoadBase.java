package org.reportcycle.reliability;

import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.testdata.ApiClient;
import org.reportcycle.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load tests' common ground: the application on a random port against the MySQL suite's database, the test
 * data builder, and personal API tokens for the simulated people.
 */
@Tag("mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
abstract class MySqlLoadBase {

    /** The row version of part 2 in a report's JSON, to save on top of it. */
    static final Pattern PART2_VERSION = Pattern.compile("\"partVersions\":\\{[^}]*\"2\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiTokens apiTokens;

    /**
     * Sends a call with the person's token and hands its time (ms) to {@code took}: the answer's body, or null
     * when it failed (not 2xx, or no answer), the failure then added to {@code errors}.
     */
    static String send(
            ApiClient client,
            String method,
            String path,
            String user,
            String token,
            String body,
            Collection<String> errors,
            LongConsumer took) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = client.sendWithToken(method, path, token, body);
            took.accept((System.nanoTime() - t0) / 1_000_000);
            if (r.statusCode() / 100 != 2) {
                errors.add(method + " " + path + " as " + user + ": " + r.statusCode() + " " + r.body());
                return null;
            }
            return r.body();
        } catch (Exception e) {
            errors.add(method + " " + path + " as " + user + ": " + e);
            return null;
        }
    }

    /** A personal token (reports and steps, for a day) named after the test. */
    String token(String user, String name) {
        return PersonalTokens.issue(apiTokens, user, name);
    }
}
