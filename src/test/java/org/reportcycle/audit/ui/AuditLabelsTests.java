package org.reportcycle.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Audit actions, details and their step values read as words in both languages, never as codes. */
@UiSpringTest
class AuditLabelsTests {

    private static final String DEADLINE = "{\"milestone\":\"DRAFT\",\"step\":\"DRAFT\",\"due\":\"2027-01-20\"}";

    @Autowired
    ApplicationContext ctx;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void actions_and_steps_are_chinese_words() {
        Browserless.start(ctx, "nobody", false);
        UI ui = UI.getCurrent();

        assertThat(AuditLabels.action(ui, "auth.login")).isEqualTo("登录");
        assertThat(AuditLabels.action(ui, "deadline.overdue")).isEqualTo("逾期提醒");
        assertThat(AuditLabels.action(ui, "user.passwordReset")).isEqualTo("重置密码");
        assertThat(AuditLabels.details(ui, DEADLINE)).isEqualTo("节点：起草完成；环节：起草；截止日期：2027-01-20");
        assertThat(AuditLabels.details(ui, "{\"wasLocked\":true,\"to\":\"caotan-legal\"}"))
                .isEqualTo("曾被锁定：是；改为：caotan-legal");
    }

    @Test
    void in_english_they_are_english_words() {
        Browserless.start(ctx, "nobody", false);
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.ENGLISH);

        assertThat(AuditLabels.action(ui, "auth.login")).isEqualTo("Signed in");
        assertThat(AuditLabels.action(ui, "deadline.overdue")).isEqualTo("Overdue notice");
        assertThat(AuditLabels.details(ui, DEADLINE)).doesNotContain("DRAFT").startsWith("Milestone: ");
    }
}
