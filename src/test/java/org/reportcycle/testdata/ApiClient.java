package org.reportcycle.testdata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the REST API of a running application (HTTP Basic, password {@code demo}, or a token). */
public final class ApiClient {

    private final HttpClient client;
    private final String baseUrl;
    private final Duration timeout;

    public ApiClient(String baseUrl, Duration timeout) {
        this.client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /**
     * Sends a request as the user (null: anonymous) with an optional JSON body.
     *
     * @throws IOException when the application does not answer (for instance because it was killed)
     */
    public HttpResponse<String> send(String method, String path, String user, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request with an API token ({@code Authorization: Bearer}) and an optional JSON body. */
    public HttpResponse<String> sendWithToken(String method, String path, String token, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token);
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send("GET", path, user, null);
    }
}
