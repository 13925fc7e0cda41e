package org.reportcycle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request whose declared body is larger than the largest accepted request is answered at once with
 * 413 as the API's JSON error, before anything reads the body (it used to get the server's HTML 413 page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiBodyLimit extends OncePerRequestFilter {

    private final MessageSource messages;
    private final long maxBytes;

    ApiBodyLimit(MessageSource messages, @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize max) {
        this.messages = messages;
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setHeader("Connection", "close");
            ApiErrorBody.write(
                    request,
                    response,
                    messages,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "error.uploadTooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
