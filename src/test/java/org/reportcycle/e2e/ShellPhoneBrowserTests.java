package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shell on a phone (390×844) and a desktop (1440×900): the top bar stays one line, the inbox shows unit,
 * step and due date as cards, and the main screens (inbox, 已办, notices, portal, office, people) are
 * photographed in Chinese at both sizes and the inbox and office page once in English, for a person to look at.
 */
class ShellPhoneBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Test
    void on_a_phone_the_drafters_inbox_shows_unit_step_and_due_date_under_a_one_line_top_bar() {
        TestUnit unit = data.unit("手机浏览街道");
        data.openReport(2391, unit);
        page.setViewportSize(390, 844);

        signIn(unit.drafter());
        open("/inbox");

        Locator cards = page.locator("#inbox-cards");
        assertThat(cards).isVisible();
        Locator card = cards.locator(".rc-card").first();
        assertThat(card.locator(".task-unit")).hasText("手机浏览街道");
        assertThat(card.locator(".task-step")).hasText("起草 · 2391");
        assertThat(card.locator(".task-due")).hasText("截止 2392年1月15日");
        assertThat(page.locator("vaadin-grid")).isHidden();
        assertThat(page.locator("#app-title-short")).isVisible();
        assertThat(page.locator("#app-title")).isHidden();
        double barHeight = page.locator(".rc-navbar").boundingBox().height;
        assertThat(barHeight).as("top bar height at 390 px").isLessThanOrEqualTo(64);
        Object pageWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue())
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(390);
        screenshot("inbox-390");

        // the person's name and own pages are under the menu
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        assertThat(page.getByText("委派")).isVisible();
        assertThat(page.getByText("常用意见")).isVisible();
        screenshot("user-menu-390");
        page.getByText("委派").click();
        page.waitForURL(u -> u.endsWith("/delegations"));
        screenshot("delegations-390");

        card.page().navigate(url("/inbox"));
        page.locator(".rc-card").first().click();
        page.waitForURL(u -> u.contains("/reports/"));
    }

    @Test
    void the_main_screens_at_both_sizes_in_chinese_and_the_inbox_and_office_in_english() {
        TestUnit unit = data.unit("截图街道");
        Long returned = data.openReport(2392, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, returned);
        TestData.run(unit.legal(), () -> review.returnToDrafting(returned, "请补充第二部分的数据"));
        Long published = data.openReport(2393, unit);
        data.publish(unit, published);
        data.openReport(2394, unit);

        for (int[] size : new int[][] {{390, 844}, {1440, 900}}) {
            page.setViewportSize(size[0], size[1]);
            String suffix = "-" + size[0];
            signIn(unit.drafter());
            open("/inbox");
            page.locator("h2").first().waitFor();
            screenshot("inbox" + suffix);
            open("/done");
            assertThat(page.locator("#done")).containsText("提交审查");
            screenshot("done" + suffix);
            open("/notices");
            page.locator("h2").first().waitFor();
            screenshot("notices" + suffix);
            open("/public/search?q=&year=2393");
            assertThat(page.locator("#listed")).containsText("截图街道");
            screenshot("portal" + suffix);

            signIn(data.admin());
            open("/admin/office");
            page.locator("h2").first().waitFor();
            screenshot("office" + suffix);
            open("/admin/people");
            page.locator("h2").first().waitFor();
            screenshot("people" + suffix);
        }

        // English, once: the inbox and the office page
        page.setViewportSize(1440, 900);
        open("/admin/office");
        switchToEnglish();
        open("/admin/office");
        assertThat(page.locator("h2").first()).hasText("Register and notices");
        screenshot("office-en-1440");
        open("/inbox");
        assertThat(page.locator("h2").first()).hasText("My tasks");
        screenshot("inbox-en-1440");
    }
}
