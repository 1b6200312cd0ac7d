package nl.naober.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.naober.local.NaoberStack;

/**
 * Logs a user in through the gateway and Keycloak's pages in a real headless Chromium, once, and
 * keeps what a browser would keep: the gateway's session cookie and the CSRF token of the start page.
 * Benchmarks then replay requests with these from a plain HTTP client.
 */
final class BrowserLogin {

    private static Browser browser;

    /** What a logged-in browser holds. */
    record LoggedIn(String cookie, String csrfToken) {
    }

    private BrowserLogin() {
    }

    static LoggedIn logIn(NaoberStack stack, String municipality, String email) {
        try (BrowserContext context = browser().newContext()) {
            Page page = context.newPage();
            page.navigate(stack.gatewayUrl() + "/g/" + municipality + "/");
            page.locator("#username").fill(email);
            page.locator("#kc-login").click();
            page.locator("#password").fill(stack.demoPassword());
            page.locator("#kc-login").click();
            page.waitForURL(stack.gatewayUrl() + "/g/" + municipality + "/**");
            // the gateway hands its CSRF token to the app's start page, which renders it in the logout form
            String csrf = page.locator("input[name=_csrf]").getAttribute("value");
            String cookie = context.cookies(stack.gatewayUrl()).stream().filter(c -> c.name.equals("SESSION"))
                    .findFirst().orElseThrow().value;
            return new LoggedIn("SESSION=" + cookie, csrf);
        }
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            browser = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
                    "1"))).chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(Path.of(System.getProperty("naober.chromium", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--no-first-run")));
        }
        return browser;
    }
}
