package org.reportcycle.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.reportcycle.notification.RobotChannel.RobotException;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a robot's JSON message ({@code Content-Type: application/json; charset=utf-8}) and reads its answer:
 * both vendors answer HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}} when they accept a message.
 */
@Component
class RobotHttp {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client;
    private final Duration timeout;

    RobotHttp(ReportCycleSettings.Robots properties) {
        this.timeout = properties.timeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void post(String url, Map<String, ?> message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RobotException("robot not reachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RobotException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new RobotException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException e) {
            throw new RobotException("not a robot's answer: " + abbreviate(response.body()), e);
        }
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new RobotException("errcode " + answer.path("errcode").asString("?") + ": "
                    + answer.path("errmsg").asString(""));
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
}
