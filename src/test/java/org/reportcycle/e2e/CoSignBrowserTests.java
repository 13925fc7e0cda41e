package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CoSignSetup;
import org.reportcycle.approval.CoSigning;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 会签 in a real browser: the second co-signer opens the report at 1440×900 and 390×844, sees who has agreed and
 * who is still to decide, and agrees with an opinion; the final signer's turn follows. Screenshots in
 * {@code target/screenshots/}.
 */
class CoSignBrowserTests extends BrowserTestBase {

    @Autowired
    CoSignSetup setup;

    @Autowired
    CoSigning coSigning;

    @Test
    void the_second_co_signer_sees_the_progress_of_the_co_signing_and_agrees() {
        TestUnit unit = setup.unit("浏览器会签街道", 3, 1, 2);
        Long report = setup.reportAtSignoff(2452, unit);
        run(unit.leader(1), () -> coSigning.approve(report, "同意，建议补充行政复议数据。", false));

        page.setViewportSize(1440, 900);
        signIn(unit.leader(2));
        open("/reports/" + report);
        Locator state = page.locator("#cosign-state");
        assertThat(state).containsText("已同意 " + unit.leaderName(1));
        assertThat(state).containsText("待会签 " + unit.leaderName(2));
        assertThat(page.locator("#action-coSignApprove")).isVisible();
        assertThat(page.locator("#decision-timeline")).containsText("同意，建议补充行政复议数据。");
        screenshot("cosign-workspace-1440x900");

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open("/reports/" + report);
        assertThat(page.locator("#action-coSignApprove")).isVisible();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot("cosign-workspace-390x844");

        page.locator("#action-coSignApprove").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("意见", new Locator.GetByLabelOptions().setExact(true)).fill("同意");
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("会签同意").setExact(true))
                .click();
        assertThat(dialog).hasCount(0);
        assertThat(page.locator("#report-step")).containsText("领导签批");
    }

    @Test
    void in_english_the_co_signing_workspace_speaks_english_at_both_sizes() {
        TestUnit unit = setup.unit("浏览器会签英文街道", 3, 1, 2);
        Long report = setup.reportAtSignoff(2453, unit);

        page.setViewportSize(1440, 900);
        signIn(unit.leader(1));
        open("/reports/" + report);
        switchToEnglish();
        open("/reports/" + report);
        assertThat(page.locator("#action-coSignApprove")).hasText("Agree (co-sign)");
        assertThat(page.locator("#cosign-state")).containsText(unit.leaderName(2));
        screenshot("cosign-workspace-en-1440x900");

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open("/reports/" + report);
        assertThat(page.locator("#action-coSignApprove")).isVisible();
        screenshot("cosign-workspace-en-390x844");
    }
}
