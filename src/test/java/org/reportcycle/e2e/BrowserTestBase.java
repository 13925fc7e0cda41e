package org.reportcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for real-browser tests: starts the application on a random port, drives the system Chromium
 * headless through Playwright (browsers are never downloaded: {@code CHROMIUM_PATH}, default
 * {@code /usr/bin/chromium}), fails the test on any browser console error or uncaught page error, and
 * saves screenshots under {@code target/screenshots/}. Tagged {@code browser}: run with
 * {@code ./mvnw -Pbrowser-tests test}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
public abstract class BrowserTestBase {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    /** The Chromium to drive: {@code CHROMIUM_PATH} or /usr/bin/chromium. */
    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        assertThat(path)
                .as("Chromium for browser tests (install it: apt-get install -y chromium)")
                .exists();
        return path;
    }

    @BeforeAll
    static void launchBrowser() {
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setAcceptDownloads(true)
                .setLocale("zh-CN")
                .setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    /** The absolute address of a path on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path and waits until the page has loaded. */
    protected Page open(String path) {
        page.navigate(url(path));
        page.waitForLoadState();
        return page;
    }

    /** Signs in through the login page as the user (password "demo"), in a fresh browser session. */
    protected void signIn(String username) {
        // leave the open screen first: a request it still sends without the cookies would log a console error
        page.navigate("about:blank");
        context.clearCookies();
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name=username] input").fill(username);
        page.locator("vaadin-password-field[name=password] input").fill("demo");
        page.locator("vaadin-password-field[name=password] input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
    }

    /** A phone's screen, as the screenshots and layout checks take it. */
    protected static final int PHONE_WIDTH = 390;

    protected static final int PHONE_HEIGHT = 844;

    /** Saves a full-page screenshot as target/screenshots/{TestClass}-{name}.png and returns its path. */
    protected Path screenshot(String name) {
        return screenshot(name, true);
    }

    /** Saves what the screen shows (not the whole page) as target/screenshots/{TestClass}-{name}.png. */
    protected Path viewportShot(String name) {
        return screenshot(name, false);
    }

    private Path screenshot(String name, boolean fullPage) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(getClass().getSimpleName() + "-" + name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Switches the signed-in person's language to English through the user menu, as a person would. */
    protected void switchToEnglish() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item#menu-language-en, #menu-language-en")
                .first()
                .click();
        page.waitForTimeout(1500);
    }
}
