package nl.naober.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real headless Chromium (Debian's), driven by Playwright; one browser per JVM, a fresh context per test. */
final class Browser {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {
    }

    static synchronized BrowserContext newContext() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("naober.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }, "browser-stop"));
        }
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
    }

    /** Logs in at Keycloak's pages (organizations: username first, then the password). */
    static void logIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }
}
