package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.naober.local.NaoberStack;

/**
 * A fresh browser on a 360 px phone for one person, working in one municipality through the gateway
 * ({@code /g/{municipality}/…}). It notes every console error or warning, page error and failed
 * request of our pages (a form shown again with its errors is answered 422, which is not a
 * problem), and checks a page the way every browser test does: axe-core finds no WCAG 2.1 A/AA
 * violation and nothing scrolls sideways.
 */
final class PhonePages implements AutoCloseable {

    static final int WIDTH = 360;

    private final NaoberStack stack = E2eStack.get();
    private final String municipality;
    private final String screenshotPrefix;
    private final BrowserContext browser;
    private final Page page;
    private final List<String> problems = new ArrayList<>();

    PhonePages(String municipality, String screenshotPrefix) {
        this.municipality = municipality;
        this.screenshotPrefix = screenshotPrefix;
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(WIDTH, 740);
        page.onConsoleMessage(message -> {
            boolean refusedForm = message.text().contains("status of 422");
            if ((message.type().equals("error") || message.type().equals("warning")) && !refusedForm) {
                problems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && response.status() != 422) {
                problems.add(response.status() + " " + response.url());
            }
        });
    }

    Page page() {
        return page;
    }

    /** Console errors and warnings, page errors and failed requests since the login. */
    List<String> problems() {
        return problems;
    }

    void logIn(String username) {
        page.navigate(stack.gatewayUrl() + "/g/" + municipality + "/");
        Browser.logIn(page, username, stack.demoPassword());
        page.waitForURL(stack.gatewayUrl() + "/g/" + municipality + "/**");
        page.waitForLoadState();
        problems.clear(); // Keycloak's pages are not ours
    }

    void open(String path) {
        submit(() -> page.navigate(stack.gatewayUrl() + "/g/" + municipality + path));
    }

    /** Does what loads another page (a link, a form) and waits until it has loaded. */
    @SuppressWarnings("deprecation")
    void submit(Runnable action) {
        page.waitForNavigation(action);
        page.waitForLoadState();
    }

    /** axe-core finds no WCAG 2.1 A/AA violation and the page does not scroll sideways on the phone. */
    void accessible(String name) {
        Accessibility.check(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling on %s", page.url()).isLessThanOrEqualTo(WIDTH);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", screenshotPrefix + "-" + name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
    }
}
