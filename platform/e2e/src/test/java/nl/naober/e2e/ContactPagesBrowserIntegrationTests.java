package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The supporter's contact and resident pages in a real browser on a 360 px phone, through the
 * gateway (login, path prefix, CSRF, CSP): a contact with a new resident registered with the
 * keyboard only, seen in the list, the resident opened, someone added to her care network, the
 * follow-up on the start page; a known resident found with the htmx search. Every page of the
 * task has no WCAG 2.1 A/AA violation (axe-core) and does not scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactPagesBrowserIntegrationTests {

    private static final int PHONE = 360;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    BrowserContext browser;
    Page page;
    List<String> consoleProblems;
    /** Where Tab took the focus, in order (for the message when an expected field is not reached). */
    List<String> focusOrder;

    @BeforeAll
    void aMunicipalityWithASupporter() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("cp", "Denekamp");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        consoleProblems = new ArrayList<>();
        focusOrder = new ArrayList<>();
        page.onConsoleMessage(message -> {
            // Chromium reports a 422 page as a failed load; it is a form shown again with its errors, on purpose
            if ((message.type().equals("error") || message.type().equals("warning"))
                    && !message.text().contains("status of 422")) {
                consoleProblems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && response.status() != 422) {
                consoleProblems.add(response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSupporterRegistersAContactWithANewResidentUsingTheKeyboardOnlyAndFollowsItUp() {
        logIn();
        checkPage("start-empty");

        // the new contact form, empty, then sent without the required choices
        page.navigate(url("/contacten/nieuw"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Nieuw contact");
        assertThat(page.locator("#date").inputValue()).isEqualTo(today().toString());
        checkPage("contact-new");
        Response refused = page.waitForNavigation(() -> page.locator("button.naober-submit").click());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator(".naober-error-summary").textContent()).contains("Kies ten minste één thema",
                "Kies de route", "Vul in hoeveel minuten");
        assertThat(page.locator("#themes").getAttribute("aria-invalid")).isEqualTo("true");
        checkPage("contact-new-errors");

        // one complete run with the keyboard only, in the order of the page
        page.navigate(url("/contacten/nieuw"));
        tabTo("input[name=residentMode]");
        assertThat(activeValue()).isEqualTo("anonymous");
        press("ArrowDown", "ArrowDown");
        assertThat(page.locator("input[name=residentMode][value=new]").isChecked()).isTrue();
        tabTo("[id='resident.name']");
        page.keyboard().type("Gerda Lansink");
        tabTo("[id='resident.phone']");
        page.keyboard().type("06 1234 5678");
        tabTo("input[name=channel]");
        press("Space");
        tabTo("input[name=themes]");
        press("Space");
        tabTo("input[name=route]");
        press("Space", "ArrowDown", "ArrowDown");
        tabTo("input[name=minutes]");
        press("ArrowDown");
        tabTo("#signals-toggle");
        press("Enter");
        tabTo("input[name=noticedSignals]");
        press("Space");
        tabTo("#summary");
        page.keyboard().type("Mevrouw mist haar man en wil mee naar de koffieochtend.");
        tabTo("#followUpOn");
        // 1 January: the same keys whether the browser's date field puts the day or the month first
        LocalDate followUp = LocalDate.of(today().getYear() + 1, 1, 1);
        page.keyboard().type("0101" + followUp.getYear());
        assertThat(page.locator("#followUpOn").inputValue()).isEqualTo(followUp.toString());
        tabTo("button.naober-submit");
        assertThat(focusOrder).as("the focus order of the form").containsSubsequence("residentMode",
                "resident.name", "date", "channel", "themes", "route", "minutes", "function-toggle",
                "signals-toggle", "summary", "followUpOn", "submit");
        page.waitForNavigation(() -> press("Enter"));

        // her contact in the list, by pseudonym
        assertThat(page.url()).isEqualTo(url("/contacten?gelukt=contact"));
        assertThat(page.locator("[role=status]").textContent()).contains("Het contact is opgeslagen.");
        Locator item = page.locator(".naober-record").first();
        assertThat(item.textContent()).contains("(G.L.)", "Spreekuur", "Vrijwilliger", "15 minuten")
                .doesNotContain("Gerda", "Lansink");
        assertThat(page.locator("main").textContent()).doesNotContain("Gerda");
        checkPage("contacts");

        // the contact opened, then its resident
        page.waitForNavigation(() -> item.locator("a").first().click());
        assertThat(page.locator("main").textContent()).contains("koffieochtend", "Eenzaamheid",
                "Het openen van deze pagina wordt vastgelegd.");
        checkPage("contact");
        page.waitForNavigation(() -> page.locator("main a[href*='/inwoners/']").click());
        assertThat(page.locator("h1").textContent()).startsWith("Inwoner INW-");
        assertThat(page.locator("main").textContent()).contains("Gerda Lansink", "06 1234 5678",
                "Het openen van deze pagina wordt vastgelegd.");
        checkPage("resident");
        String residentUrl = page.url();

        // someone added to her care network
        page.locator("label[for=relation-1]").click();
        page.locator("#name").fill("Jan Buurman");
        page.locator("#contact").fill("06 9876 5432");
        page.waitForNavigation(() -> page.locator("#netwerk button.naober-submit").click());
        assertThat(page.locator("[role=status]").textContent()).contains("toegevoegd aan het netwerk");
        assertThat(page.locator("#netwerk .naober-record").textContent()).contains("Jan Buurman",
                "Buurman of buurvrouw");
        checkPage("resident-network");

        // her data changed
        page.waitForNavigation(() -> page.locator("a[href$='/wijzigen']").click());
        assertThat(page.locator("#name").inputValue()).isEqualTo("Gerda Lansink");
        checkPage("resident-edit");
        page.locator("#email").fill("gerda@example.nl");
        page.waitForNavigation(() -> page.locator("button.naober-submit").click());
        assertThat(page.url()).isEqualTo(residentUrl + "?gelukt=changed");
        assertThat(page.locator("main").textContent()).contains("gerda@example.nl");

        // the residents, by pseudonym; a new one
        page.navigate(url("/inwoners"));
        assertThat(page.locator(".naober-record", new Page.LocatorOptions().setHasText("(G.L.)")).count()).isEqualTo(1);
        assertThat(page.locator("main").textContent()).doesNotContain("Gerda");
        checkPage("residents");
        page.navigate(url("/inwoners/nieuw"));
        checkPage("resident-new");

        // the follow-up on the start page, an overdue one before it
        String overdue = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug() + "/contacts",
                E2eStack.token(supporter), """
                        {"channel": "phone", "themes": ["wonen"], "route": "own-network", "minutes": 10,
                         "function": "F1", "date": "%s", "followUpOn": "%s"}"""
                        .formatted(today().minusDays(5), today().minusDays(2))).json().get("id").asString();
        page.navigate(url("/"));
        Locator followUps = page.locator(".naober-today .naober-record");
        assertThat(followUps.count()).isEqualTo(2);
        assertThat(followUps.nth(0).textContent()).contains("Te laat");
        assertThat(followUps.nth(0).locator("a").getAttribute("href")).endsWith("/contacten/" + overdue);
        assertThat(followUps.nth(1).textContent()).contains("(G.L.)", "1 januari").doesNotContain("Te laat");
        checkPage("start-follow-ups");

        assertThat(consoleProblems).as("console errors (CSP, scripts) and failed requests").isEmpty();
    }

    @Test
    void aKnownResidentIsFoundWithoutLeavingTheForm() {
        E2eStack.expect(201, E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug() + "/residents",
                E2eStack.token(supporter), "{\"name\": \"Hendrik Nijhuis\"}"));
        logIn();
        page.navigate(url("/contacten/nieuw"));
        page.locator("#summary").fill("Vraag over de regiotaxi.");

        page.locator("label[for=residentMode-1]").click();
        page.locator("#q").fill("nijhuis");
        page.locator("#resident-search-button").click();
        page.locator("input[name=residentId]").first().waitFor();

        // htmx swapped the results in: same page, nothing typed lost, pseudonym and initials only
        assertThat(page.url()).isEqualTo(url("/contacten/nieuw"));
        assertThat(page.locator("#summary").inputValue()).isEqualTo("Vraag over de regiotaxi.");
        assertThat(page.locator("#resident-results").textContent()).contains("1 inwoner gevonden", "(H.N.)")
                .doesNotContain("Hendrik");
        checkPage("contact-new-search");

        page.locator("label[for=residentId]").click();
        page.locator("label[for=channel]").click();
        page.locator("label[for=themes]").click();
        page.locator("label[for=route]").click();
        page.locator("label[for=minutes]").click();
        page.waitForNavigation(() -> page.locator("button.naober-submit").click());
        assertThat(page.url()).isEqualTo(url("/contacten?gelukt=contact"));
        assertThat(page.locator(".naober-record").first().textContent()).contains("(H.N.)");
        assertThat(consoleProblems).as("console errors (CSP, scripts) and failed requests").isEmpty();
    }

    /** One h1, no sideways scrolling on the phone, no axe-core violation; a screenshot for review. */
    private void checkPage(String name) {
        assertThat(page.locator("h1").count()).as(name + ": one h1").isEqualTo(1);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as(name + ": no horizontal scrolling at 360 px").isLessThanOrEqualTo(PHONE);
        Accessibility.check(page);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "contacts-" + name + "-360.png")));
    }

    /** Presses Tab until the focus is on an element matching {@code selector}; fails when it never gets there. */
    private void tabTo(String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            focusOrder.add(activeName());
            if ((Boolean) page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)",
                    selector)) {
                return;
            }
        }
        fail("Tab never reached " + selector + "; the focus went: " + focusOrder);
    }

    private void press(String... keys) {
        for (String key : keys) {
            page.keyboard().press(key);
        }
    }

    private String activeName() {
        return (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  if (!e) return '';
                  if (e.matches('button[type=submit].naober-submit')) return 'submit';
                  return e.getAttribute('name') || e.id || (e.tagName + ' ' + (e.textContent || '').trim());
                }""");
    }

    private String activeValue() {
        return (String) page.evaluate("document.activeElement.value");
    }

    private String url(String path) {
        return stack.gatewayUrl() + "/g/" + municipality.slug() + path;
    }

    private static LocalDate today() {
        return LocalDate.now(DUTCH_TIME);
    }

    private void logIn() {
        page.navigate(url("/"));
        Browser.logIn(page, supporter, stack.demoPassword());
        page.waitForURL(url("/") + "**");
        page.waitForLoadState();
        consoleProblems.clear(); // Keycloak's pages are not ours
    }
}
