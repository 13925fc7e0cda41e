package org.reportcycle.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.RobotChannelService;
import org.reportcycle.notification.RobotSettings;
import org.reportcycle.organization.Unit;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administrator's group-robot screen, browserless, against a local 钉钉-compatible endpoint that checks the
 * signature as 钉钉 documents it and answers {@code 310000 sign not match} when it is wrong (as 钉钉 does).
 */
@UiSpringTest
class RobotChannelsViewTests {

    static final String SECRET = "SECrobotview0123456789";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    RobotChannelService robots;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> texts = new CopyOnWriteArrayList<>();
    HttpServer server;
    String url;

    @BeforeEach
    void dingTalk() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robot/send", this::answer);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send?access_token=view-token";
    }

    @AfterEach
    void stop() {
        Browserless.stop();
        server.stop(0);
    }

    private void answer(HttpExchange e) throws IOException {
        try (e) {
            Map<String, String> query = new java.util.HashMap<>();
            for (String pair : e.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean signed = query.containsKey("timestamp")
                    && query.get("sign")
                            .equals(Base64.getEncoder().encodeToString(hmac(query.get("timestamp") + "\n" + SECRET)));
            String answer;
            if (!"view-token".equals(query.get("access_token"))) {
                answer = "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}";
            } else if (!signed) {
                answer = "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
            } else {
                texts.add(body);
                answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", "application/json");
            e.sendResponseHeaders(200, bytes.length);
            e.getResponseBody().write(bytes);
        }
    }

    private static byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_sets_a_units_robot_tests_it_and_removes_it() {
        TestUnit unit = data.unit("群机器人画面街道");
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/robots");

        ComboBox<Unit> units = _get(ComboBox.class, spec -> spec.withId("robot-unit"));
        Unit chosen = units.getListDataView()
                .getItems()
                .filter(u -> u.getId().equals(unit.id()))
                .findFirst()
                .orElseThrow();
        _setValue(units, chosen);
        Select<String> kind = _get(Select.class, spec -> spec.withId("robot-kind"));
        assertThat(kind.getValue()).isEqualTo("DINGTALK");
        assertThat(kind.getItemLabelGenerator().apply("WECOM")).isEqualTo("企业微信");
        _setValue(_get(TextField.class, spec -> spec.withId("robot-url")), url);
        _setValue(_get(PasswordField.class, spec -> spec.withId("robot-secret")), "SECwrong");
        _click(_get(Button.class, spec -> spec.withId("robot-save")));
        assertThat(Browserless.notifications()).contains("群机器人已保存");

        Grid<RobotSettings> grid = _get(Grid.class, spec -> spec.withId("robots"));
        RobotSettings row = _findAll(grid).stream()
                .filter(r -> r.unitId().equals(unit.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.signed()).isTrue();
        assertThat(RobotChannelsView.host(row.webhookUrl())).doesNotContain("view-token");

        // a wrong secret: 钉钉's own reason reaches the administrator, nothing is posted
        String suffix = unit.id() + "-DINGTALK";
        _click(action(grid, unit, "robot-test-" + suffix));
        assertThat(Browserless.notifications()).anyMatch(n -> n.contains("测试消息未送达") && n.contains("sign not match"));
        assertThat(texts).isEmpty();

        // the right secret: the test message arrives, signed, naming the unit
        run(data.admin(), () -> robots.configure(unit.id(), "DINGTALK", url, SECRET));
        _click(action(grid, unit, "robot-test-" + suffix));
        assertThat(Browserless.notifications()).contains("测试消息已送达");
        assertThat(texts).singleElement().asString().contains("测试消息").contains("群机器人画面街道");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE action = 'robot.tested' AND unit_id = ?",
                        Integer.class,
                        unit.id()))
                .isEqualTo(2);

        _click(action(grid, unit, "robot-remove-" + suffix));
        assertThat(Browserless.notifications()).contains("群机器人已删除");
        assertThat(_findAll(grid)).noneMatch(r -> r.unitId().equals(unit.id()));
        assertThat(TestData.as(data.admin(), () -> robots.of(unit.id()))).isEmpty();
    }

    private static Button action(Grid<RobotSettings> grid, TestUnit unit, String id) {
        List<RobotSettings> rows = _findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unitId().equals(unit.id())) {
                return _get(_getCellComponent(grid, i, "actions"), Button.class, spec -> spec.withId(id));
            }
        }
        throw new AssertionError("no row for " + unit.name());
    }

    @Test
    void only_administrators_may_send_a_test_message() {
        TestUnit unit = data.unit("群机器人越权街道");
        run(data.admin(), () -> robots.configure(unit.id(), "DINGTALK", url, SECRET));
        assertThatThrownBy(() -> run(unit.drafter(), () -> robots.sendTest(unit.id(), "DINGTALK", "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(texts).isEmpty();
    }
}
