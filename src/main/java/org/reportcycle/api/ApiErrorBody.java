package org.reportcycle.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's {@code {"error","message"}} answer written straight to the response, for the filters that answer
 * before any controller runs ({@link ApiBodyLimit}, {@link ApiAdmission}); in the caller's language
 * (Accept-Language, Chinese by default), as {@link ApiErrors} answers.
 */
final class ApiErrorBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrorBody() {}

    static void write(
            HttpServletRequest request, HttpServletResponse response, MessageSource messages, int status, String key)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.CHINESE : request.getLocale();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(JSON.writeValueAsString(
                        Map.of("error", key, "message", messages.getMessage(key, null, key, locale))));
    }
}
