package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two promises of the Chinese interface in a real browser: typed text is never lost on the way out (the in-app
 * question on leaving, the browser's own question on closing the tab), and Vaadin's own widgets speak Chinese
 * (the date picker's months, a week starting on Monday, 今天/取消).
 */
class ChineseUiBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Test
    void leaving_or_closing_with_unsaved_text_asks_first_and_staying_keeps_the_text() {
        TestUnit unit = data.unit("未保存提醒街道");
        Long report = data.openReport(2386, unit);
        signIn(unit.drafter());
        open("/reports/" + report);

        Locator part = page.locator("#part-1 textarea");
        part.click();
        part.pressSequentially("刚刚输入、还没有保存的一段话");
        page.waitForTimeout(1000); // a pause in typing, as people make before reaching for the menu

        // in-app navigation: asked first; staying keeps the page and the text
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的待办"))
                .first()
                .click();
        Locator question = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(question).containsText("离开此页？");
        assertThat(question).containsText("正文有未保存的修改");
        screenshot("leave-unsaved-question");
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("留在此页"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).hasCount(0);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/" + report + "$"));
        assertThat(part).hasValue(java.util.regex.Pattern.compile(".*刚刚输入、还没有保存的一段话$"));

        // closing the tab: the browser's own question (beforeunload) holds it up
        List<String> asked = new CopyOnWriteArrayList<>();
        page.onDialog(d -> {
            asked.add(d.type());
            d.dismiss();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> !asked.isEmpty(), new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(asked).contains("beforeunload");
        assertThat(page.isClosed()).isFalse();
        assertThat(part).hasValue(java.util.regex.Pattern.compile(".*刚刚输入、还没有保存的一段话$"));
    }

    @Test
    void the_date_picker_speaks_chinese_and_weeks_start_on_monday() {
        signIn(data.admin());
        open("/admin/cycles");
        Locator picker = page.locator("vaadin-date-picker[id^='due-']").first();
        picker.locator("input").click();
        Locator overlay = page.locator("vaadin-date-picker-overlay[opened]");
        assertThat(overlay).hasCount(1);
        page.waitForTimeout(500); // the calendar's months render after the overlay opens

        Locator calendar = page.locator("vaadin-month-calendar:visible").first();
        List<String> weekdays = calendar.locator("[part~='weekday']").allTextContents().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(weekdays).as("weekday heads").hasSize(7);
        assertThat(weekdays.get(0)).as("weeks start on Monday").isEqualTo("周一");
        assertThat(weekdays.get(6)).isEqualTo("周日");
        String title = calendar.locator("[part~='month-header']").textContent().strip();
        assertThat(title).as("month title, as Chinese writes it: 2027年1月").matches("\\d{4}年\\d{1,2}月");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("今天")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取消")))
                .isVisible();
        String visible = calendar.textContent();
        assertThat(visible).doesNotContain("Today", "Cancel", "January", "December");
        screenshot("date-picker-chinese");
    }
}
