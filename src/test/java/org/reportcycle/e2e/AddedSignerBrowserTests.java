package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 加签 in a real browser at 1440×900 and 390×844: the leader's dialog (the unit's people by name), then the added
 * person's workspace with the request and their dialog. Screenshots land in {@code target/screenshots/}.
 */
class AddedSignerBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Test
    void a_leader_adds_a_signer_who_sees_it_on_a_desktop() {
        walk(1440, 900, 2462, "desktop");
    }

    @Test
    void a_leader_adds_a_signer_who_sees_it_on_a_phone() {
        walk(390, 844, 2463, "phone");
    }

    private void walk(int width, int height, int year, String name) {
        TestUnit unit = data.unit("加签浏览器街道" + name);
        Long report = data.openReport(year, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        page.setViewportSize(width, height);

        signIn(unit.leader(1));
        open("/reports/" + report);
        page.locator("#action-addSigner").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        page.locator("#added-signer input").fill(unit.legalName());
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(unit.legalName()))
                .first()
                .click();
        page.locator("#added-signer-reason textarea").fill("请法律顾问再核第三部分的依据");
        assertThat(dialog).containsText("在我之前");
        assertThat(page.locator("#added-signer input")).hasValue(unit.legalName() + " · 法律顾问");
        screenshot(name + "-leader-dialog");
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("加签").setExact(true))
                .click();
        assertThat(page.locator("#added-signer-waiting")).containsText(unit.legalName());
        screenshot(name + "-leader-waiting");

        signIn(unit.legal());
        open("/reports/" + report);
        assertThat(page.locator("#action-addedSign")).isVisible();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(width);
        screenshot(name + "-added-person-workspace");
        page.locator("#action-addedSign").click();
        assertThat(page.locator("#added-signer-request")).containsText(unit.leaderName(1) + " 请您签署意见");
        page.locator("#added-signer-opinion textarea").fill("依据已核实，同意");
        screenshot(name + "-added-person-dialog");
        page.getByRole(AriaRole.DIALOG)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("签署加签意见").setExact(true))
                .click();
        assertThat(page.locator("#decision-timeline")).containsText("依据已核实，同意");
        assertThat(page.locator("#decision-timeline")).containsText(unit.legalName() + "（加签人）");
        screenshot(name + "-added-person-signed");
    }
}
