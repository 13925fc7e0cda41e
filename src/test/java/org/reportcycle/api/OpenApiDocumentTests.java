package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /v3/api-docs} as real tools see it: swagger-parser (the reference Java validator) reads it as valid
 * OpenAPI 3.1 without a message; every operation has a summary and a description in Chinese and English and a
 * domain tag; every protected operation names the bearer and basic schemes and documents 401 and 403; every
 * schema is described. Writes the document to {@code target/openapi.json}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_document_is_valid_openapi_and_every_operation_is_described_tagged_and_secured() throws Exception {
        String json =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearerAuth", "basicAuth");

        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    path.getValue().readOperationsMap().entrySet()) {
                operations++;
                Operation op = e.getValue();
                String name = e.getKey() + " " + path.getKey();
                if (op.getSummary() == null || !op.getSummary().contains(" / ")) {
                    problems.add(name + ": no Chinese / English summary");
                }
                if (op.getDescription() == null || !op.getDescription().contains("/")) {
                    problems.add(name + ": no description");
                }
                if (op.getTags() == null
                        || op.getTags().size() != 1
                        || op.getTags().getFirst().endsWith("-controller")) {
                    problems.add(name + ": no domain tag " + op.getTags());
                }
                boolean open = path.getKey().startsWith("/api/v1/public/");
                if (!open) {
                    if (op.getSecurity() == null
                            || op.getSecurity().stream().noneMatch(s -> s.containsKey("bearerAuth"))) {
                        problems.add(name + ": no bearerAuth");
                    }
                    if (!op.getResponses().containsKey("401")
                            || !op.getResponses().containsKey("403")) {
                        problems.add(name + ": 401/403 not documented");
                    }
                }
            }
        }
        api.getComponents().getSchemas().forEach((schema, s) -> {
            if (s.getDescription() == null || s.getDescription().isBlank()) {
                problems.add("schema " + schema + ": no description");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(operations).isGreaterThanOrEqualTo(67);
        System.out.println("OPENAPI: " + operations + " operations, "
                + api.getComponents().getSchemas().size() + " schemas, swagger-parser messages: "
                + result.getMessages().size());
    }
}
