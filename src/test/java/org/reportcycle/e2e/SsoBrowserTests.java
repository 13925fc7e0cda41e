package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.security.sso.TestIdentityService;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Chromium: the sign-in page offers 统一身份认证登录; the person signs in on the identity service's
 * own form (a real Spring Authorization Server, {@link TestIdentityService}) and lands in the application under their
 * name; a person the identity service knows but the application does not is sent back with the refusal.
 */
class SsoBrowserTests extends BrowserTestBase {

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("reportcycle.sso.enabled", () -> "true");
        properties.add(
                "reportcycle.sso.issuer-uri", () -> TestIdentityService.get().issuer());
        properties.add("reportcycle.sso.client-id", () -> TestIdentityService.CLIENT_ID);
        properties.add("reportcycle.sso.client-secret", () -> TestIdentityService.CLIENT_SECRET);
    }

    @Autowired
    TestData data;

    private final TestIdentityService identity = TestIdentityService.get();

    @BeforeEach
    void letTheIdentityServiceSendPeopleBackHere() {
        identity.allowRedirectTo(url("/login/oauth2/code/sso"));
    }

    @Test
    void the_login_page_offers_single_sign_on_on_wide_and_narrow_screens() {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            open("/login");
            Locator button = ssoButton();
            assertThat(button).isVisible();
            assertThat(button).hasText("统一身份认证登录");
            // the button lies within the screen, below the password form
            var box = button.boundingBox();
            var form = page.locator("vaadin-login-form").boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(size[0]);
            assertThat(box.y).isGreaterThanOrEqualTo(form.y + form.height - 1);
            Path shot = screenshot("login-" + size[0] + "x" + size[1]);
            assertThat(Files.exists(shot)).isTrue();
        }
    }

    @Test
    void a_known_person_signs_in_through_the_identity_service_and_lands_under_their_name() {
        TestUnit unit = data.unit("单点登录街道");
        identity.addPerson(unit.drafter());

        open("/login");
        ssoButton().click();
        signInAtIdentityService(unit.drafter());

        page.waitForURL(
                u -> u.startsWith(url("/")) && !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("#current-user")).hasText(unit.drafterName());
        screenshot("signed-in");
    }

    @Test
    void a_person_unknown_here_is_sent_back_with_the_refusal() {
        String stranger = "browser-stranger-" + System.nanoTime();
        identity.addPerson(stranger);

        open("/login");
        ssoButton().click();
        signInAtIdentityService(stranger);

        page.waitForURL(url("/login?sso=unknown"), new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.getByText("统一身份认证登录未成功")).isVisible();
        assertThat(page.getByText("本系统中没有与之对应的账号")).isVisible();
        assertThat(page.locator("#current-user")).hasCount(0);
        screenshot("refused");
    }

    private Locator ssoButton() {
        return page.locator("#sso-login");
    }

    /** The identity service's own sign-in form (Spring Security's default page there). */
    private void signInAtIdentityService(String name) {
        page.waitForURL(identity.issuer() + "/login", new Page.WaitForURLOptions().setTimeout(30_000));
        page.locator("#username").fill(name);
        page.locator("#password").fill(TestIdentityService.PASSWORD);
        page.locator("button[type=submit]").click();
    }
}
