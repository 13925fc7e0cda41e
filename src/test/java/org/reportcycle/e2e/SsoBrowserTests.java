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
 * name; a person the identity service knows but the application does not is sent back with the refusal; signing out
 * ends the session at the identity service too.
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
        identity.allowPostLogoutRedirectTo(url("/login"));
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
        signInThroughIdentityService(data.unit("单点登录街道"));
        screenshot("signed-in");
    }

    /**
     * Signing out ends the session at the identity service too: the next person at the same computer who chooses
     * single sign-on is asked for a password there, not signed in as the one before.
     */
    @Test
    void signing_out_ends_the_session_at_the_identity_service_too() {
        signInThroughIdentityService(data.unit("单点登出街道"));

        page.locator("#current-user").click();
        page.locator("#menu-logout").click();

        page.waitForURL(url("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(ssoButton()).isVisible();
        screenshot("signed-out");
        ssoButton().click();
        // the identity service asks again: its session ended with the application's
        page.waitForURL(identity.issuer() + "/login", new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("#username")).isVisible();
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

    /** The unit's drafter, known at the identity service, signs in there and lands here under their name. */
    private void signInThroughIdentityService(TestUnit unit) {
        identity.addPerson(unit.drafter());
        open("/login");
        ssoButton().click();
        signInAtIdentityService(unit.drafter());
        page.waitForURL(
                u -> u.startsWith(url("/")) && !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("#current-user")).hasText(unit.drafterName());
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
