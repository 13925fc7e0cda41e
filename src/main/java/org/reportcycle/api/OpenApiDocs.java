package org.reportcycle.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@code /v3/api-docs} a document real tools accept: the two security schemes (bearerAuth for tokens,
 * basicAuth for people's scripts) on every protected operation, a Chinese and English summary and description
 * on every operation and schema ({@code openapi/*.properties}), tags by domain, examples for the main request
 * bodies, the error answers ({@code {"error","message"}}) and a schema on every response header.
 */
@Component
class OpenApiDocs implements OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    private static final String ERROR = "ApiError";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Properties operations = load("openapi/operations.properties");
    private final Properties schemas = load("openapi/schemas.properties");
    private final Properties examples = load("openapi/examples.properties");

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                .title("ReportCycle API — 法治政府建设年度报告")
                .version("v1")
                .description("读取报告进度、已公开的报告，办理报告流程。除 /api/v1/public 外均需认证：令牌（Authorization: "
                        + "Bearer rct_…）或本人的 HTTP Basic 登录。错误以 {\"error\",\"message\"} 返回；系统繁忙时按到达顺序排队，"
                        + "等候过久返回 503 和 Retry-After。/ Reads report "
                        + "progress and published reports, and carries reports through their steps. Everything but "
                        + "/api/v1/public needs a token (Authorization: Bearer rct_…) or a person's HTTP Basic login. "
                        + "Errors come as {\"error\",\"message\"}. When busy, calls wait their turn in arrival order; one that "
                        + "waits too long gets 503 with Retry-After."));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("rct_…")
                        .description("API 令牌：管理员签发的系统令牌或本人的个人令牌。/ An API token: a system token "
                                + "issued by an administrator, or a personal token."));
        components.addSecuritySchemes(
                BASIC,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("本人的用户名和密码（供个人脚本使用）。/ A person's name and password (for " + "people's scripts)."));
        components.addSchemas(
                ERROR,
                new Schema<Object>()
                        .type("object")
                        .description(
                                "错误应答：键和调用者语言的说明。/ An error answer: a key and a message in the " + "caller's language.")
                        .addProperty(
                                "error",
                                new StringSchema()
                                        .description("错误键 / error key")
                                        .example("error.wrongStep"))
                        .addProperty("message", new StringSchema().description("说明 / message"))
                        .required(List.of("error", "message")));
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (schema.getDescription() == null && schemas.getProperty(name) != null) {
                    schema.setDescription(schemas.getProperty(name));
                }
            });
        }
        api.setTags(new ArrayList<>(ApiTags.ALL));
        if (api.getPaths() != null) {
            api.getPaths().forEach(this::path);
        }
    }

    private void path(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> e :
                item.readOperationsMap().entrySet()) {
            Operation op = e.getValue();
            String key = e.getKey().name() + "_" + path;
            String text = operations.getProperty(key);
            if (text != null) {
                int bar = text.indexOf(" | ");
                op.setSummary(bar < 0 ? text : text.substring(0, bar).strip());
                op.setDescription(bar < 0 ? text : text.substring(bar + 3).strip());
            }
            op.setTags(List.of(ApiTags.of(e.getKey(), path).getName()));
            boolean open = path.startsWith("/api/v1/public/");
            op.setSecurity(
                    open
                            ? List.of()
                            : List.of(
                                    new SecurityRequirement().addList(BEARER),
                                    new SecurityRequirement().addList(BASIC)));
            ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
            op.setResponses(responses);
            responses.values().forEach(OpenApiDocs::headerSchemas);
            error(responses, "400", "请求不正确 / Bad input");
            error(responses, "404", "找不到，或无权查看 / Not found, or not visible to the caller");
            if (!open) {
                error(responses, "401", "缺少或无效的凭据（令牌或登录）/ Missing or refused credential (token or login)");
                error(responses, "403", "无权执行 / Refused: not the caller's to do, or outside the token's scopes");
                if (e.getKey() != PathItem.HttpMethod.GET) {
                    error(responses, "409", "报告已不在该环节或已被他人修改 / The step was already done or the part changed");
                }
            }
            String example = examples.getProperty(key);
            if (example != null
                    && op.getRequestBody() != null
                    && op.getRequestBody().getContent() != null) {
                MediaType json = op.getRequestBody().getContent().get("application/json");
                if (json != null) {
                    json.setExample(JSON.readValue(example, LinkedHashMap.class));
                }
            }
        }
    }

    private static void headerSchemas(ApiResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        for (Header header : response.getHeaders().values()) {
            if (header.getSchema() == null && header.get$ref() == null) {
                header.setSchema(new StringSchema());
            }
        }
    }

    private static void error(ApiResponses responses, String code, String description) {
        ApiResponse existing = responses.get(code);
        Content content = new Content()
                .addMediaType(
                        "application/json",
                        new MediaType().schema(new Schema<Object>().$ref("#/components/schemas/" + ERROR)));
        if (existing == null) {
            responses.addApiResponse(
                    code, new ApiResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().isEmpty()) {
            existing.setContent(content);
        }
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        ClassPathResource file = new ClassPathResource(resource);
        if (!file.exists()) {
            return p;
        }
        try (Reader r = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Tag by domain, for an operation's method and path. */
    static final class ApiTags {
        static final Tag REPORTS = tag("报告 reports", "报告、各部分、版本、导入导出 / Reports, parts, versions, import and export");
        static final Tag STEPS = tag("流程 steps", "待办与各环节的决定 / Tasks and the decisions of each step");
        static final Tag COMMENTS = tag("审查意见 comments", "合法性审查意见及答复 / Legal review comments and answers");
        static final Tag OPEN = tag("公开 open data", "已公开的报告，无需登录 / Published reports, no login");
        static final Tag ADMIN =
                tag("管理 administration", "审计、锁定、截止日期、备案登记（管理员）/ Audit, locks, deadlines, register (administrators)");
        static final Tag NOTICES = tag("通知 notices", "站内通知与通知方式 / In-app notices and preferences");
        static final Tag DELEGATION =
                tag("委派与抄送 delegation and copies", "委派他人代办、抄送只读 / Acting for others, read-only copies");
        static final Tag TOKENS = tag("令牌 tokens", "API 令牌的签发与撤销 / Issuing and revoking API tokens");
        static final List<Tag> ALL = List.of(OPEN, REPORTS, STEPS, COMMENTS, DELEGATION, NOTICES, TOKENS, ADMIN);

        private ApiTags() {}

        private static Tag tag(String name, String description) {
            return new Tag().name(name).description(description);
        }

        static Tag of(PathItem.HttpMethod method, String path) {
            if (path.startsWith("/api/v1/public/")) {
                return OPEN;
            }
            if (path.startsWith("/api/v1/tokens") || path.startsWith("/api/v1/admin/tokens")) {
                return TOKENS;
            }
            if (path.contains("/comments")) {
                return COMMENTS;
            }
            if (path.startsWith("/api/v1/audit")
                    || path.startsWith("/api/v1/security")
                    || path.startsWith("/api/v1/office")
                    || path.startsWith("/api/v1/cycles")
                    || path.startsWith("/api/v1/overdue")) {
                return ADMIN;
            }
            if (path.startsWith("/api/v1/notices") || path.startsWith("/api/v1/notification-preferences")) {
                return NOTICES;
            }
            if (path.startsWith("/api/v1/delegations") || path.contains("copies")) {
                return DELEGATION;
            }
            boolean step = path.equals("/api/v1/tasks")
                    || path.endsWith("/progress")
                    || path.endsWith("/diagram.svg")
                    || path.endsWith("/return-targets")
                    || path.contains("/meetings")
                    || (method == PathItem.HttpMethod.POST
                            && path.matches(
                                    "/api/v1/reports/\\{id}/(submit|review/.*|signoff/.*|committee/.*|revision/.*"
                                            + "|report-up|office/.*|publish|withdraw|return|return-to|reassign|corrections)"));
            return step ? STEPS : REPORTS;
        }
    }
}
