package org.reportcycle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's and actuator's answer to a missing or refused credential: 401 with both challenges (Bearer for
 * tokens, Basic for people's scripts) and a JSON body like every other API error, saying in the caller's
 * language whether the token or password was refused or the name is locked out (and for how long).
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LoginThrottle throttle;

    ApiAuthenticationEntryPoint(MessageSource messages, LoginThrottle throttle) {
        this.messages = messages;
        this.throttle = throttle;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.CHINESE : request.getLocale();
        String key;
        Object[] args;
        if (failure instanceof LoginLockedException locked) {
            key = locked.messageKey();
            args = locked.messageArgs(throttle.maxFailures());
        } else if (isBearer(request.getHeader("Authorization"))) {
            key = "auth.tokenRefused";
            args = new Object[0];
        } else if (request.getHeader("Authorization") != null) {
            key = "auth.failed";
            args = new Object[0];
        } else {
            key = "auth.required";
            args = new Object[0];
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                "WWW-Authenticate",
                isBearer(request.getHeader("Authorization"))
                        ? "Bearer realm=\"ReportCycle\", error=\"invalid_token\""
                        : "Bearer realm=\"ReportCycle\"");
        response.addHeader("WWW-Authenticate", "Basic realm=\"ReportCycle\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(JSON.writeValueAsString(
                        Map.of("error", key, "message", messages.getMessage(key, args, key, locale))));
    }

    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
