package org.reportcycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The API's admission: a call past the limit waits its turn, and one that waits too long gets 503 in JSON. */
class ApiAdmissionTests {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void a_call_past_the_limit_waits_for_the_running_one_then_runs() throws Exception {
        ApiAdmission admission = new ApiAdmission(messages, 1, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Held first = hold(
                admission, () -> most.accumulateAndGet(running.incrementAndGet(), Math::max), running::decrementAndGet);
        CompletableFuture<MockHttpServletResponse> second = call(admission, "/api/v1/tasks", () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            running.decrementAndGet();
        });
        Thread.sleep(200);
        assertThat(second).as("waits while the first runs").isNotDone();
        assertThat(first.release().getStatus()).isEqualTo(200);
        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(most.get()).as("never two at once").isEqualTo(1);
    }

    @Test
    void a_call_that_waits_too_long_gets_503_with_retry_after_and_a_message_in_the_callers_language() throws Exception {
        ApiAdmission admission = new ApiAdmission(messages, 1, Duration.ofMillis(100));
        Held first = hold(admission, () -> {}, () -> {});
        AtomicInteger reached = new AtomicInteger();
        MockHttpServletResponse refused =
                call(admission, "/api/v1/reports", reached::incrementAndGet).get(5, TimeUnit.SECONDS);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentAsString())
                .contains("\"error\":\"error.apiBusy\"")
                .contains("系统繁忙");
        assertThat(reached.get())
                .as("the refused call never reached the application")
                .isZero();
        assertThat(first.release().getStatus()).isEqualTo(200);
        // the permit came back: the next call runs at once
        assertThat(call(admission, "/api/v1/reports", () -> {})
                        .get(5, TimeUnit.SECONDS)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void the_screens_are_not_limited() throws Exception {
        ApiAdmission admission = new ApiAdmission(messages, 1, Duration.ofMillis(50));
        Held api = hold(admission, () -> {}, () -> {});
        assertThat(call(admission, "/workspace/1", () -> {})
                        .get(5, TimeUnit.SECONDS)
                        .getStatus())
                .isEqualTo(200);
        api.release();
    }

    /** An API call inside the admission, holding its only permit until released; its answer on release. */
    private record Held(CompletableFuture<MockHttpServletResponse> call, CountDownLatch latch) {
        MockHttpServletResponse release() throws Exception {
            latch.countDown();
            return call.get(5, TimeUnit.SECONDS);
        }
    }

    /** Starts an API call that runs {@code enter}, holds on until released, then runs {@code leave}. */
    private static Held hold(ApiAdmission admission, Runnable enter, Runnable leave) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch latch = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> call = call(admission, "/api/v1/tasks", () -> {
            enter.run();
            inside.countDown();
            await(latch);
            leave.run();
        });
        assertThat(inside.await(5, TimeUnit.SECONDS))
                .as("the first call got in")
                .isTrue();
        return new Held(call, latch);
    }

    private static CompletableFuture<MockHttpServletResponse> call(ApiAdmission admission, String uri, Runnable work) {
        return CompletableFuture.supplyAsync(
                () -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
                    request.addHeader("Accept-Language", "zh-CN");
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    try {
                        admission.doFilter(request, response, new MockFilterChain() {
                            @Override
                            public void doFilter(
                                    jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                                work.run();
                            }
                        });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return response;
                },
                Thread::startVirtualThread);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
