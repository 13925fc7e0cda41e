package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.TokenRequest;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an upper-level system would do with the document alone: fetch {@code /v3/api-docs} from the running
 * application, generate a Java client with OpenAPI Generator (java, native HTTP client), compile it, and drive a
 * report through submit → legal review pass → leader approval with it, each person's token as bearer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientTests {

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @LocalServerPort
    int port;

    @Test
    void a_client_generated_from_the_document_drives_a_report_through_three_steps() throws Exception {
        long start = System.nanoTime();
        Path dir = Path.of("target/generated-client");
        deleteTree(dir);
        Files.createDirectories(dir);
        String base = "http://localhost:" + port;
        String document = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Path spec = dir.resolve("openapi.json");
        Files.writeString(spec, document);

        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toAbsolutePath().toString())
                .setOutputDir(dir.resolve("client").toAbsolutePath().toString())
                .setInvokerPackage("gen")
                .setApiPackage("gen.api")
                .setModelPackage("gen.model")
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(config.toClientOptInput()).generate();
        Path sources = dir.resolve("client/src/main/java");
        Files.writeString(sources.resolve("gen/Driver.java"), DRIVER);
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of(
                "-proc:none", "-nowarn", "-encoding", "UTF-8", "-d", classes.toString(), "-cp", testClassPath());
        StringWriter errors = new StringWriter();
        int compiled;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(
                                    errors,
                                    fileManager,
                                    null,
                                    options,
                                    null,
                                    fileManager.getJavaFileObjectsFromStrings(files))
                            .call()
                    ? 0
                    : 1;
        }
        assertThat(compiled).as("javac: " + errors).isZero();

        TestUnit unit = data.unit("客户端街道", 1);
        Long reportId = data.openReport(2025, unit);
        String drafter = token(unit.drafter(), "read:reports", "write:steps");
        String legal = token(unit.legal(), "read:reports", "write:steps");
        String leader = token(unit.leader(1), "read:reports", "write:steps");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("gen.Driver")
                    .getMethod("run", String.class, long.class, String.class, String.class, String.class);
            Object steps = run.invoke(null, base, reportId, drafter, legal, leader);
            assertThat(steps).isEqualTo(List.of("LEGAL_REVIEW", "LEADER_SIGNOFF", "COMMITTEE", "COMMITTEE"));
        }
        System.out.printf(
                "GENERATED CLIENT: %d Java files generated from /v3/api-docs, compiled, and one report driven "
                        + "submit → pass → approve with tokens in %.1f s%n",
                files.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Uses the generated client as an upper-level system would: one ApiClient per token. */
    static final String DRIVER = """
            package gen;

            import gen.api.ReportsApi;
            import gen.api.StepsApi;
            import gen.model.DecisionRequest;
            import gen.model.SignoffRequest;
            import gen.model.SubmitRequest;
            import java.util.List;

            public class Driver {
                static ApiClient client(String base, String token) {
                    ApiClient client = new ApiClient();
                    client.updateBaseUri(base);
                    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
                    return client;
                }

                public static List<String> run(String base, long id, String drafter, String legal, String leader)
                        throws Exception {
                    String submitted = new StepsApi(client(base, drafter))
                            .submit(id, new SubmitRequest().text("初稿完成")).getStep();
                    String passed = new StepsApi(client(base, legal))
                            .pass(id, new DecisionRequest().text("同意")).getStep();
                    String approved = new StepsApi(client(base, leader))
                            .approve(id, new SignoffRequest().opinion("同意").confidentialityAttested(true)).getStep();
                    String now = new ReportsApi(client(base, drafter)).get(id).getStep();
                    return List.of(submitted, passed, approved, now);
                }
            }
            """;

    private String token(String user, String... scopes) {
        return TestData.as(
                        user,
                        () -> tokens.issuePersonal(new TokenRequest(
                                "客户端", Set.of(scopes), Set.of(), LocalDate.now().plusDays(1))))
                .token();
    }

    /** The test class path (surefire's own property when it runs us from a manifest-only jar). */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
