package org.reportcycle.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One application process started from the built jar ({@code target/reportcycle-*.jar}) on a free port, its
 * console written to {@code target/nodes/<name>.log}; a small HTTP client with Basic logins to talk to it.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with the arguments and environment; does not wait for it to be ready. */
    public static AppNode start(String name, Map<String, String> env, String... args) {
        Path jar = jar();
        int port = freePort();
        Path log = Path.of("target", "nodes", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-Dfile.encoding=UTF-8",
                    "-jar",
                    jar.toString(),
                    "--server.port=" + port));
            command.addAll(List.of(args));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new AppNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repackaged application jar that {@code ./mvnw package} (or verify) built. */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("reportcycle-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/reportcycle-*.jar: build it first with ./mvnw package (or verify)"));
        } catch (IOException e) {
            throw new IllegalStateException("no target directory: build the jar first with ./mvnw package", e);
        }
    }

    /** Waits until /actuator/health/readiness answers 200, failing early when the process ends. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
                        + " before it was ready; see " + log.toAbsolutePath() + "\n" + tail(40));
            }
            try {
                if (get("/actuator/health/readiness", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(
                name + " not ready after " + timeout + "; see " + log.toAbsolutePath() + "\n" + tail(40));
    }

    public HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password, Map.of());
    }

    public HttpResponse<String> get(String path, String user, String password, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password, headers);
    }

    public HttpResponse<String> post(String path, String user, String password, String json)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json"),
                user,
                password,
                Map.of());
    }

    public HttpResponse<String> put(String path, String user, String password, String json)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json"),
                user,
                password,
                Map.of());
    }

    private HttpResponse<String> send(
            HttpRequest.Builder request, String user, String password, Map<String, String> headers)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "en");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the node wrote to its console so far. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail(int lines) {
        List<String> all = logLines();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the process (SIGTERM, then SIGKILL after 20 s). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
