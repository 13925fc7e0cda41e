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

    @Test
    void a_leader_in_english_finds_a_person_by_name_on_a_desktop_and_a_phone() {
        TestUnit unit = data.unit("加签英文街道");
        Long report = data.openReport(2483, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        page.setViewportSize(1440, 900);

        signIn(unit.leader(1));
        open("/reports/" + report);
        switchToEnglish();

        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            Locator button = page.locator("#action-addSigner");
            assertThat(button).hasText("Add a signer");
            button.scrollIntoViewIfNeeded();
            button.click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Add a signer: ask another member of the unit for their opinion");
            assertThat(dialog).containsText("Person to add");
            assertThat(dialog).containsText("Order of signing");
            assertThat(dialog).containsText("Before me: they give their opinion first, then I decide");
            assertThat(dialog).containsText("What you ask them");
            assertThat(dialog.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Cancel").setExact(true)))
                    .isVisible();
            assertThat(page.locator("#added-signer input")).hasAttribute("placeholder", "Type a name to search");
            assertThat(dialog.innerText())
                    .as("no Chinese in the English dialog")
                    .doesNotContainPattern("\\p{IsHan}");
            viewportShot("en-" + size[0] + "x" + size[1] + "-leader-dialog");

            // part of a name: the unit's people appear by their names and roles, never by their login names
            page.locator("#added-signer input").fill("英文街道");
            Locator items = page.locator("vaadin-combo-box-item");
            assertThat(items.filter(new Locator.FilterOptions().setHasText(unit.legalName())))
                    .hasText(unit.legalName() + " · Legal advisor");
            assertThat(items.filter(new Locator.FilterOptions().setHasText(unit.drafterName())))
                    .isVisible();
            String suggestions = String.join("\n", items.allInnerTexts());
            assertThat(suggestions)
                    .as("suggestions by name, not by login")
                    .doesNotContain(unit.code(), unit.legal(), unit.drafter(), unit.leader(2));
            assertThat(suggestions).as("roles in English").doesNotContain("· 法律顾问", "· 起草人", "· 领导");
            int overlayRight = ((Number) page.evaluate(
                            "() => Math.max(...[...document.querySelectorAll('vaadin-dialog-overlay, vaadin-combo-box-overlay')]"
                                    + ".flatMap(o => [o.shadowRoot ? o.shadowRoot.querySelector('[part=overlay]') : o])"
                                    + ".filter(e => e).map(e => e.getBoundingClientRect().right))"))
                    .intValue();
            assertThat(overlayRight).as("the dialog fits the screen").isLessThanOrEqualTo(size[0]);
            viewportShot("en-" + size[0] + "x" + size[1] + "-leader-dialog-suggestions");

            page.keyboard().press("Escape"); // closes the suggestions
            dialog.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Cancel").setExact(true))
                    .click();
            assertThat(dialog).isHidden();
        }
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
