package org.reportcycle.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What authentication costs over real HTTP: p50 of 40 {@code GET /api/v1/tasks} with a token against 40
 * {@code GET /api/v1/public/reports} without login, interleaved so both see the same noise; HTTP Basic (a
 * remembered login) for comparison. Prints {@code API AUTH COST: …}; the token may cost at most 3×.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAuthCostTests {

    private static final int CALLS = 40;

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_call_with_a_token_costs_at_most_three_times_a_public_call() throws Exception {
        TestUnit unit = data.unit("计时街道");
        data.openReport(2025, unit);
        Long published = data.openReport(2024, unit);
        data.publish(unit, published);
        String token = TestData.as(
                        unit.drafter(),
                        () -> tokens.issuePersonal(new TokenRequest(
                                "计时",
                                Set.of("read:reports"),
                                Set.of(),
                                LocalDate.now().plusDays(1))))
                .token();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((unit.drafter() + ":demo").getBytes(StandardCharsets.UTF_8));

        for (int i = 0; i < 15; i++) { // warm-up: JIT, pools, the remembered Basic login
            call("/api/v1/tasks", "Bearer " + token);
            call("/api/v1/public/reports", null);
            call("/api/v1/tasks", basic);
        }
        List<Double> withToken = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        List<Double> withBasic = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            withToken.add(call("/api/v1/tasks", "Bearer " + token));
            open.add(call("/api/v1/public/reports", null));
            withBasic.add(call("/api/v1/tasks", basic));
        }
        double tokenP50 = p50(withToken);
        double openP50 = p50(open);
        double basicP50 = p50(withBasic);
        double ratio = tokenP50 / openP50;
        System.out.printf(
                "API AUTH COST: p50 of %d calls — GET /api/v1/tasks with a token %.2f ms, GET /api/v1/public/reports "
                        + "without login %.2f ms, ratio %.2f (target ≤ 3); HTTP Basic (remembered login) %.2f ms, "
                        + "ratio %.2f%n",
                CALLS, tokenP50, openP50, ratio, basicP50, basicP50 / openP50);
        assertThat(ratio).isLessThanOrEqualTo(3.0);
    }

    private double call(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return ms;
    }

    private static double p50(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
