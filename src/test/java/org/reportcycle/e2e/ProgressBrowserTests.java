package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leader at sign-off opens the workspace's 办理进度 (Progress) panel, in Chinese and then in English, at
 * 1440×900 and, without reloading, at 390×844: the process diagram above the list of steps, the people named
 * (never their login names), nothing cut off or pushing the page sideways on the phone, and no browser console
 * error on opening it (it used to log {@code JsException: null}: a ResizeObserver loop of the list's grid shown
 * for the first time). Viewport screenshots land in {@code target/screenshots/}.
 */
class ProgressBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Test
    void the_leader_opens_the_progress_in_chinese_and_english_at_desktop_and_phone_size() {
        TestUnit unit = data.unit("进度浏览器街道");
        Long report = data.openReport(2481, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);

        page.setViewportSize(1440, 900);
        signIn(unit.leader(1));
        open("/reports/" + report);
        Locator progress = openPanel("办理进度");
        assertThat(progress).containsText(unit.legalName());
        assertThat(progress).containsText(unit.leaderName(1) + "（领导）");
        assertThat(progress).containsText("正在办理");
        assertNoLoginNames(progress, unit);
        shots("zh", unit);

        page.setViewportSize(1440, 900);
        switchToEnglish();
        progress = openPanel("Progress");
        assertThat(progress).containsText("Legal review");
        assertThat(progress).containsText("In progress");
        assertThat(progress).containsText(unit.legalName());
        assertThat(progress).containsText(unit.leaderName(1) + " (Leader)");
        assertThat(progress).not().containsText("正在办理");
        assertNoLoginNames(progress, unit);
        shots("en", unit);

        // opened on a phone, the diagram shows the current step rather than its start
        page.reload();
        openPanel("Progress");
        page.locator("#progress-diagram").scrollIntoViewIfNeeded();
        page.waitForFunction("() => document.querySelector('#progress-diagram').scrollLeft > 100");
        viewportShot("progress-en-390x844-diagram");
    }

    /** Clicks the panel's title as a person would and returns the progress list, once the diagram is shown. */
    private Locator openPanel(String title) {
        Locator summary = page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText(title))
                .first();
        summary.scrollIntoViewIfNeeded();
        summary.click();
        assertThat(page.locator("#progress-diagram img")).isVisible();
        Locator progress = page.locator("vaadin-grid#progress");
        assertThat(progress).isVisible();
        progress.scrollIntoViewIfNeeded();
        return progress;
    }

    private static void assertNoLoginNames(Locator progress, TestUnit unit) {
        assertThat(progress.innerText())
                .as("people by name, not by login")
                .doesNotContain(unit.code(), unit.legal(), unit.leader(1), unit.drafter());
    }

    /** The list as a person sees it at desktop size and then, without reloading, on a phone. */
    private void shots(String language, TestUnit unit) {
        viewportShot("progress-" + language + "-1440x900");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        // on the phone each step is a card in one column, the step's name in bold
        Locator cards = page.locator("vaadin-grid#progress vaadin-grid-cell-content b");
        assertThat(cards.first()).isVisible();
        assertThat(page.locator("vaadin-grid#progress")).containsText(unit.legalName());
        page.waitForTimeout(300); // the grid's height follows its taller rows
        page.locator("vaadin-grid#progress").scrollIntoViewIfNeeded();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling of the page on a phone (%s)", language)
                .isLessThanOrEqualTo(PHONE_WIDTH);
        viewportShot("progress-" + language + "-390x844");
    }
}
