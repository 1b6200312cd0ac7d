package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web UI foundation in a real browser through the gateway (path routing, /g/{municipality}):
 * the NL Design System styles load, the start page has no WCAG 2.1 A/AA violation on a phone and
 * on a desktop for every kind of role, nothing scrolls sideways on a 360 px phone, everything can
 * be reached with the keyboard, the village switcher works without JavaScript errors, and htmx
 * loads within the gateway's Content-Security-Policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIntegrationTests {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    String policyOfficer;
    BrowserContext browser;
    Page page;
    List<String> consoleProblems;

    @BeforeAll
    void aMunicipalityWithASupporterOfTwoVillages() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("ui", "Denekamp", "Ootmarsum", "Weerselo");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0),
                municipality.villageIds().get(1)));
        E2eStack.setPassword(supporter);
        policyOfficer = "beleid@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, policyOfficer, "policy-officer"));
        E2eStack.setPassword(policyOfficer);
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
        consoleProblems = new ArrayList<>();
        // CSP refusals and script errors show up here
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                consoleProblems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                consoleProblems.add(response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theSupportersStartPageIsStyledAndAccessibleOnADesktopAndOnAPhone() {
        page.setViewportSize(DESKTOP, 900);
        logIn(supporter);

        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(page.locator("h1").textContent()).isEqualTo("Mijn dorpen");
        // the theme's font, not the browser's default
        assertThat(page.evaluate("getComputedStyle(document.body).fontFamily")).asString().contains("Noto Sans");
        assertThat(page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"Noto Sans\"'))"))
                .isEqualTo(true);
        // the theme's tokens reach the components: the chosen village is a primary button in the theme's colour
        Object token = page.evaluate("""
                () => {
                  const probe = document.createElement('span');
                  probe.style.color = 'var(--basis-color-action-1-inverse-bg-default)';
                  document.body.append(probe);
                  const colour = getComputedStyle(probe).color;
                  probe.remove();
                  return colour;
                }""");
        assertThat(token).isNotIn("", "rgb(0, 0, 0)");
        assertThat(page.evaluate("getComputedStyle(document.querySelector("
                + "'.naober-village-switcher__choice[aria-current=true]')).backgroundColor")).isEqualTo(token);
        assertThat(page.evaluate("typeof window.htmx")).isEqualTo("object");
        Accessibility.check(page);
        screenshot("start-supporter-1280");

        page.setViewportSize(PHONE, 740);
        page.reload();
        assertThat(page.evaluate("document.documentElement.scrollWidth")).as("no horizontal scrolling")
                .satisfies(width -> assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE));
        Accessibility.check(page);
        screenshot("start-supporter-360");

        assertThat(consoleProblems).as("console errors (CSP, scripts)").isEmpty();
    }

    @Test
    void everyLinkAndButtonIsReachedWithTheKeyboardInOrder() {
        page.setViewportSize(DESKTOP, 900);
        logIn(supporter);

        int focusable = ((Number) page.evaluate("""
                () => {
                  const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')];
                  all.forEach((element, index) => element.dataset.e2eFocus = String(index));
                  return all.length;
                }""")).intValue();
        Set<String> reached = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < focusable + 5; i++) {
            page.keyboard().press("Tab");
            Object id = page.evaluate("document.activeElement?.dataset?.e2eFocus ?? null");
            if (id == null || !reached.add((String) id)) {
                break;
            }
            order.add((String) page.evaluate("(document.activeElement.getAttribute('class') || '') + ' '"
                    + " + (document.activeElement.textContent || '').trim()"));
        }

        assertThat(reached).as("reached in order: %s", order).hasSize(focusable);
        assertThat(order.getFirst()).contains("utrecht-skip-link");
        assertThat(order).anyMatch(e -> e.contains("naober-village-switcher__choice") && e.endsWith("Denekamp"))
                .anyMatch(e -> e.contains("naober-village-switcher__choice") && e.endsWith("Ootmarsum"))
                .anyMatch(e -> e.contains("utrecht-nav-list__link") && e.endsWith("Start"))
                .anyMatch(e -> e.endsWith("Uitloggen"));
        // the skip link leads past the header to the content
        page.focus("a.utrecht-skip-link");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
    }

    @Test
    void theVillageSwitcherChangesTheSelectedVillageAndTheChoiceSurvivesAReload() {
        page.setViewportSize(PHONE, 740);
        logIn(supporter);
        assertThat(selectedVillage()).isEqualTo("Denekamp");

        page.locator("button.naober-village-switcher__choice", new Page.LocatorOptions().setHasText("Ootmarsum")).click();
        page.waitForLoadState();

        assertThat(page.url()).isEqualTo(stack.gatewayUrl() + "/g/" + municipality.slug() + "/");
        assertThat(selectedVillage()).isEqualTo("Ootmarsum");
        assertThat(page.locator("main").textContent()).contains("U werkt nu voor Ootmarsum");
        page.reload();
        assertThat(selectedVillage()).isEqualTo("Ootmarsum");
        Cookie cookie = browser.cookies(stack.gatewayUrl() + "/g/" + municipality.slug() + "/").stream().filter(c -> c.name.equals("naober-village"))
                .findFirst().orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(cookie.path).isEqualTo("/g/" + municipality.slug());
        assertThat(cookie.value).isEqualTo(municipality.villageIds().get(1));
        Accessibility.check(page);
        assertThat(consoleProblems).as("console errors (CSP, scripts)").isEmpty();
    }

    @Test
    void theStartPageOfTheMunicipalAdministratorAndThePolicyOfficerIsAccessibleToo() {
        for (String user : List.of(municipality.admin(), policyOfficer)) {
            browser.clearCookies();
            page.setViewportSize(DESKTOP, 900);
            logIn(user);

            assertThat(page.locator("h1").textContent()).isEqualTo("Dorpen van de gemeente");
            assertThat(page.locator("form.naober-village-switcher").count()).isZero();
            Accessibility.check(page);
            page.setViewportSize(PHONE, 740);
            Accessibility.check(page);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(PHONE);
        }
        assertThat(consoleProblems).as("console errors (CSP, scripts)").isEmpty();
    }

    /** For people reviewing the look: target/screenshots/ (not compared automatically). */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private String selectedVillage() {
        return page.locator("button.naober-village-switcher__choice[aria-current=true]").textContent().strip();
    }

    private void logIn(String username) {
        page.navigate(stack.gatewayUrl() + "/g/" + municipality.slug() + "/");
        Browser.logIn(page, username, stack.demoPassword());
        page.waitForURL(stack.gatewayUrl() + "/g/" + municipality.slug() + "/**");
        page.waitForLoadState();
        consoleProblems.clear(); // Keycloak's pages are not ours
    }
}
