package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.reportcycle.testdata.TestData.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 钉钉 and 企业微信 group robots against a local HTTP server that checks each request as the vendors document it:
 * POST, {@code Content-Type: application/json}, the token in the address, 钉钉's {@code timestamp} (milliseconds,
 * within an hour) and {@code sign} (Base64 of HmacSHA256 over {@code timestamp + "\n" + secret}, URL-encoded),
 * {@code {"msgtype":"text","text":{"content":…}}} and the text limit (企业微信: 2048 bytes of UTF-8). Sent after
 * the commit without holding up the step; failures kept on the notice and retried with backoff.
 */
@SpringBootTest(
        properties = {
            "reportcycle.robots.retry-base=0s",
            "reportcycle.robots.max-attempts=3",
            "reportcycle.robots.sweep-every=1h"
        })
@ActiveProfiles("test")
class RobotChannelTests {

    static final String SECRET = "SEC0123456789abcdef";

    record Received(String vendor, Map<String, String> query, String contentType, JsonNode body, long at) {}

    @Autowired
    TestData data;

    @Autowired
    RobotChannelService robots;

    @Autowired
    NotificationService notices;

    @Autowired
    RobotDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final AtomicInteger wecomFailures = new AtomicInteger();
    volatile CountDownLatch wecomGate;
    HttpServer server;
    String base;
    TestUnit unit;

    @BeforeEach
    void robots() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robot/send", e -> answer(e, "dingtalk"));
        server.createContext("/cgi-bin/webhook/send", e -> answer(e, "wecom"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        unit = data.unit("机器人街道");
        String admin = data.admin();
        run(admin, () -> {
            robots.configure(unit.id(), "dingtalk", base + "/robot/send?access_token=tok123", SECRET);
            robots.configure(unit.id(), "WECOM", base + "/cgi-bin/webhook/send?key=key-456", null);
        });
        run(unit.drafter(), () -> notices.setPreference("task", true, false, true));
    }

    @AfterEach
    void stop() {
        if (wecomGate != null) {
            wecomGate.countDown();
        }
        server.stop(0);
    }

    private void answer(HttpExchange e, String vendor) throws IOException {
        try {
            if (vendor.equals("wecom") && wecomGate != null) {
                wecomGate.await(30, TimeUnit.SECONDS);
            }
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : e.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : ""); // raw: the sign's URL encoding is checked as sent
            }
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    vendor + ":" + e.getRequestMethod(),
                    query,
                    e.getRequestHeaders().getFirst("Content-Type"),
                    json.readTree(body),
                    System.currentTimeMillis()));
            String answer = vendor.equals("wecom") && wecomFailures.getAndDecrement() > 0
                    ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
                    : "{\"errcode\":0,\"errmsg\":\"ok\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", "application/json");
            e.sendResponseHeaders(200, bytes.length);
            e.getResponseBody().write(bytes);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            e.close();
        }
    }

    private Map<String, Received> twoPosts() throws InterruptedException {
        Map<String, Received> byVendor = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            Received r = received.poll(20, TimeUnit.SECONDS);
            assertThat(r).as("robot post %d", i + 1).isNotNull();
            byVendor.put(r.vendor(), r);
        }
        return byVendor;
    }

    @Test
    void a_new_task_reaches_both_robots_signed_and_formatted_as_documented() throws Exception {
        Long reportId = data.openReport(2025, unit);
        Map<String, Received> posts = twoPosts();

        Received ding = posts.get("dingtalk:POST");
        assertThat(ding).isNotNull();
        assertThat(ding.contentType()).startsWith("application/json");
        assertThat(ding.query()).containsEntry("access_token", "tok123").containsKeys("timestamp", "sign");
        long timestamp = Long.parseLong(ding.query().get("timestamp"));
        assertThat(Math.abs(ding.at() - timestamp)).as("钉钉: within an hour").isLessThan(3_600_000L);
        String expected = Base64.getEncoder().encodeToString(hmac(SECRET, timestamp + "\n" + SECRET));
        assertThat(URLDecoder.decode(ding.query().get("sign"), StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(ding.query().get("sign")).doesNotContain("+", "/").as("URL-encoded");
        assertThat(ding.body().path("msgtype").asString()).isEqualTo("text");
        String dingText = ding.body().path("text").path("content").asString();
        assertThat(dingText).contains("机器人街道").contains("/reports/" + reportId).contains("【法治政府建设年度报告】");

        Received wecom = posts.get("wecom:POST");
        assertThat(wecom).isNotNull();
        assertThat(wecom.contentType()).startsWith("application/json");
        assertThat(wecom.query()).containsEntry("key", "key-456").doesNotContainKey("sign");
        assertThat(wecom.body().path("msgtype").asString()).isEqualTo("text");
        String wecomText = wecom.body().path("text").path("content").asString();
        assertThat(wecomText.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(wecomText).isEqualTo(dingText);

        awaitState(reportId, NotificationService.SENT);
        System.out.println("ROBOTS: a task notice posted to 钉钉 (signed) and 企业微信, both accepted");
    }

    @Test
    void a_failed_post_is_kept_on_the_notice_retried_with_backoff_and_given_up_after_the_last_attempt()
            throws Exception {
        run(data.admin(), () -> robots.remove(unit.id(), "DINGTALK"));
        wecomFailures.set(1);
        Long reportId = data.openReport(2025, unit);
        assertThat(received.poll(20, TimeUnit.SECONDS)).isNotNull();
        Map<String, Object> row = awaitState(reportId, NotificationService.RETRY);
        assertThat((String) row.get("robot_error")).contains("93000");
        assertThat(((Number) row.get("robot_attempts")).intValue()).isEqualTo(1);
        assertThat(notice(reportId).get("in_app")).isEqualTo(Boolean.TRUE); // still in the application

        assertThat(dispatcher.retryDue()).isEqualTo(1);
        assertThat(received.poll(20, TimeUnit.SECONDS)).isNotNull();
        row = notice(reportId);
        assertThat(row.get("robot_state")).isEqualTo(NotificationService.SENT);
        assertThat(((Number) row.get("robot_attempts")).intValue()).isEqualTo(2);

        // a robot that always refuses: tried max-attempts times, then FAILED with the reason
        wecomFailures.set(100);
        Long second = data.openReport(2026, unit);
        awaitState(second, NotificationService.RETRY);
        dispatcher.retryDue();
        dispatcher.retryDue();
        Map<String, Object> failed = notice(second);
        assertThat(failed.get("robot_state")).isEqualTo(NotificationService.FAILED);
        assertThat(((Number) failed.get("robot_attempts")).intValue()).isEqualTo(3);
        assertThat(dispatcher.retryDue()).isZero();
    }

    @Test
    void a_hanging_robot_never_holds_up_the_step() throws Exception {
        run(data.admin(), () -> robots.remove(unit.id(), "DINGTALK"));
        wecomGate = new CountDownLatch(1);
        Long reportId = data.openReport(2025, unit);
        // the step (opening the report and telling its drafters) has committed while the robot still hangs
        assertThat(notice(reportId).get("robot_state")).isIn(NotificationService.PENDING, NotificationService.SENT);
        assertThat(received).isEmpty();
        wecomGate.countDown();
        assertThat(received.poll(20, TimeUnit.SECONDS)).isNotNull();
        awaitState(reportId, NotificationService.SENT);
    }

    @Test
    void texts_are_cut_to_the_robots_limits_keeping_the_link() {
        String link = "\nhttp://localhost:8080/reports/1";
        String fitted = RobotDispatcher.fit("法".repeat(3000), link, 2048);
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(fitted).endsWith("…" + link);
        assertThat(RobotDispatcher.fit("短", link, 2048)).isEqualTo("短" + link);
        // a character outside the BMP is never split
        String emoji = RobotDispatcher.fit("😀".repeat(1000), "", 10);
        assertThat(emoji).isEqualTo("😀…");
    }

    @Test
    void only_administrators_set_robots_and_bad_settings_are_refused_with_a_message() {
        assertThatThrownBy(() -> run(unit.drafter(), () -> robots.configure(unit.id(), "WECOM", base, null)))
                .isInstanceOf(AccessDeniedException.class);
        String admin = data.admin();
        assertThatThrownBy(() -> run(admin, () -> robots.configure(unit.id(), "FEISHU", base, null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.unknownRobotKind");
        assertThatThrownBy(() -> run(admin, () -> robots.configure(unit.id(), "WECOM", "ftp://x/y", null)))
                .isInstanceOf(UserFacingException.class);
        List<RobotSettings> set = as(admin, () -> robots.of(unit.id()));
        assertThat(set)
                .extracting(RobotSettings::kind, RobotSettings::signed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DINGTALK", true),
                        org.assertj.core.groups.Tuple.tuple("WECOM", false));
        Integer audited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = 'robot.configured' AND unit_id = ?",
                Integer.class,
                unit.id());
        assertThat(audited).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE details LIKE ?", Integer.class, "%" + SECRET + "%"))
                .as("the secret is never in the trail")
                .isZero();
    }

    private Map<String, Object> notice(Long reportId) {
        return jdbc.queryForMap(
                "SELECT in_app, robot_state, robot_error, robot_attempts FROM rc_notice "
                        + "WHERE report_id = ? AND recipient = ? AND kind = 'task' ORDER BY id DESC LIMIT 1",
                reportId,
                unit.drafter());
    }

    private Map<String, Object> awaitState(Long reportId, String state) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Map<String, Object> row = notice(reportId);
        while (!state.equals(row.get("robot_state")) && System.nanoTime() < end) {
            Thread.sleep(50);
            row = notice(reportId);
        }
        assertThat(row.get("robot_state")).as("robot_state of the notice").isEqualTo(state);
        return row;
    }

    private static byte[] hmac(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
