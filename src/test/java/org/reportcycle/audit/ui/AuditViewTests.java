package org.reportcycle.audit.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.Unit;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@UiSpringTest
class AuditViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_filters_the_trail_by_unit_person_and_action_and_exports_what_was_found() {
        TestUnit unit = data.unit("审计街道");
        TestUnit other = data.unit("旁边街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        data.bringTo(Step.LEGAL_REVIEW, other, data.openReport(2026, other));

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("audit");
        Grid<?> trail = _get(Grid.class, s -> s.withId("audit-trail"));
        assertThat(_size(trail)).isGreaterThan(4);

        ComboBox<Unit> unitFilter = _get(ComboBox.class, s -> s.withId("audit-unit"));
        _setValue(
                unitFilter,
                unitFilter
                        .getListDataView()
                        .getItems()
                        .filter(u -> u.getName().equals("审计街道"))
                        .findFirst()
                        .orElseThrow());
        Browserless.click("audit-apply");
        // newest first: passed review, submitted, opened
        assertThat(column(trail, "action")).containsExactly("审查通过", "提交审查", "开启报告");
        assertThat(column(trail, "unit")).containsOnly("审计街道");

        _setValue(_get(TextField.class, s -> s.withId("audit-actor")), unit.drafter());
        Browserless.click("audit-apply");
        assertThat(column(trail, "action")).containsExactly("提交审查");
        assertThat(column(trail, "actor")).containsExactly(unit.drafterName());

        _setValue(_get(TextField.class, s -> s.withId("audit-actor")), "");
        _setValue(_get(ComboBox.class, s -> s.withId("audit-action")), "review.passed");
        Browserless.click("audit-apply");
        assertThat(column(trail, "actor")).containsExactly(unit.legalName());

        String csv = new String(_download(_get(Anchor.class, s -> s.withId("audit-csv"))), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFseq,time,actor,on_behalf_of,unit_id,report_id,action,details,client_address,hash");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains("\"" + unit.legal() + "\"")
                .contains("\"review.passed\"")
                .contains("同意");
    }

    @Test
    void verifying_the_chain_says_ok_and_after_tampering_names_the_broken_record() {
        TestUnit unit = data.unit("校验街道");
        data.openReport(2026, unit);
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("audit");

        Browserless.click("audit-verify");
        Span result = _get(Span.class, s -> s.withId("audit-verification"));
        assertThat(result.getText()).startsWith("哈希链完整：已校验 ");
        assertThat(result.getElement().getAttribute("data-ok")).isEqualTo("true");

        long seq = jdbc.queryForObject("SELECT MAX(seq) FROM rc_audit WHERE unit_id = ?", Long.class, unit.id());
        String details = jdbc.queryForObject("SELECT details FROM rc_audit WHERE seq = ?", String.class, seq);
        jdbc.update("UPDATE rc_audit SET details = ? WHERE seq = ?", "{\"forged\":true}", seq);
        try {
            Browserless.click("audit-verify");
            assertThat(result.getText()).startsWith("哈希链被破坏").endsWith("第一处断裂在序号 " + seq + "。");
            assertThat(result.getElement().getAttribute("data-ok")).isEqualTo("false");
        } finally {
            jdbc.update("UPDATE rc_audit SET details = ? WHERE seq = ?", details, seq);
        }
    }

    @Test
    void a_user_who_is_not_an_administrator_cannot_open_the_audit_screen() {
        TestUnit unit = data.unit("无权街道");
        Browserless.start(ctx, unit.drafter(), false);

        assertThatThrownBy(() -> Browserless.navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static List<String> column(Grid<?> grid, String key) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            values.add(_getFormatted(grid, row, key));
        }
        return values;
    }
}
