package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * The pages of collective signals, referrals with consent and informal carers in a real browser on
 * a 360 px phone, through the gateway: a supporter raises a signal and sees the administrator's
 * response; a supporter refers a resident, keyboard only, first without consent (refused at the
 * consent fields) and then with it; every list, empty form, form with errors and detail page of
 * these modules has no WCAG 2.1 A/AA violation (axe-core) and does not scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspacePagesIntegrationTests {

    private static final int PHONE = 360;
    /** The referral form's own submit button, not the social map search's (form="map-search"). */
    private static final String SAVE_REFERRAL = "main button[type=submit]:not([form])";

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    String resident;
    BrowserContext browser;
    Page page;
    List<String> consoleProblems;

    @BeforeAll
    void aMunicipalityWithASupporterHerResidentsAndContacts() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("paginab", "Denekamp", "Ootmarsum");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
        String token = E2eStack.token(supporter);
        String base = "/api/v1/municipalities/" + municipality.slug();
        // five contacts about loneliness in 30 days: the platform suggests a signal
        for (int i = 0; i < 5; i++) {
            E2eStack.Response contact = E2eStack.call("POST", base + "/contacts", token, """
                    {"date": "%s", "channel": "home-visit", "themes": ["eenzaamheid"], "route": "own-network",
                     "minutes": 30, "function": "F3", "resident": {"name": "Bewoner %d"}}"""
                    .formatted(today().minusDays(i), i));
            E2eStack.expect(201, contact);
            if (i == 0) {
                resident = contact.json().get("resident").get("id").asString();
            }
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        consoleProblems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            // Chromium reports every 4xx page load; a form shown again with its errors is answered 422
            boolean refusedForm = message.text().contains("status of 422");
            if ((message.type().equals("error") || message.type().equals("warning")) && !refusedForm) {
                consoleProblems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
        page.onResponse(response -> {
            // 422 is a form shown again with its errors (FormErrors): expected in these flows
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
    void aSupporterRaisesASignalAndSeesTheAdministratorsResponse() {
        logIn(supporter);
        open("/signalen");
        accessible("signals-list-supporter");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Signaal opstellen over Eenzaamheid"))
                .click());
        assertThat(page.locator("input[name=theme][value=eenzaamheid]").isChecked()).isTrue();
        accessible("signal-new");

        page.locator("#title").fill("Ouderen voelen zich alleen");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Beschrijf wat er speelt",
                "Schat hoeveel inwoners");
        assertThat(page.locator("#title").inputValue()).isEqualTo("Ouderen voelen zich alleen");
        accessible("signal-new-errors");

        page.locator("#description").fill("Sinds de bieb dicht is, komen ouderen minder buiten.");
        page.locator("#estimatedResidents").fill("40");
        page.locator("label[for=contacts]").click();
        page.locator("label[for=contacts-1]").click();
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Ouderen voelen zich alleen");
        assertThat(page.locator("[role=status]").textContent()).contains("Opgeslagen");
        assertThat(page.locator("main").textContent()).contains("2 contacten", "Wacht op reactie");
        String signalUrl = page.url().replace("?opgeslagen", "");
        accessible("signal-detail-supporter");

        // the administrator, in a browser of her own
        BrowserContext supporterBrowser = browser;
        Page supporterPage = page;
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        logIn(municipality.admin());
        open("/signalen");
        assertThat(page.locator("main").textContent()).contains("Ouderen voelen zich alleen").doesNotContain("Bewoner",
                "INW-");
        accessible("signals-list-admin");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Ouderen voelen zich alleen")).click());
        accessible("signal-detail-admin");
        submit(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("#text-error").textContent()).contains("Vul uw reactie in");
        accessible("signal-detail-admin-errors");
        page.locator("#text").fill("De gemeente neemt dit mee in het nieuwe ouderenbeleid.");
        submit(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Opgeslagen", "nieuwe ouderenbeleid")
                .doesNotContain("Bewoner", "INW-");
        browser.close();

        browser = supporterBrowser;
        page = supporterPage;
        submit(() -> page.navigate(signalUrl));
        assertThat(page.locator("main .naober-response").textContent()).contains("gemeentelijk beheerder",
                "nieuwe ouderenbeleid");
        assertThat(page.locator("main").textContent()).contains("Beantwoord");
        accessible("signal-detail-answered");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    @Test
    void aSupporterRefersAResidentWithConsentUsingTheKeyboardOnly() {
        logIn(supporter);
        open("/inwoners/" + resident + "/doorverwijzen");
        assertThat(page.locator("h1").textContent()).isEqualTo("Doorverwijzen");
        accessible("referral-new");

        // without consent: only where to and what kind
        tabTo("[name=targetName]");
        page.keyboard().type("Praktijkondersteuner huisarts");
        tabTo("[name=targetKind]");
        page.keyboard().press("Space");
        tabTo(SAVE_REFERRAL);
        submit(() -> page.keyboard().press("Enter"));

        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.locator("[role=alert] a").evaluateAll("links => links.map(l => l.getAttribute('href'))"))
                .isEqualTo(List.of("#consent.what", "#consent.recipient", "#consent.form"));
        for (String field : List.of("consent.what", "consent.recipient", "consent.form")) {
            assertThat(page.locator("[id='" + field + "']").getAttribute("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.locator("[id='" + field + "-error']").isVisible()).as(field).isTrue();
        }
        assertThat(page.locator("[id='consent.what-error']").textContent()).contains("zonder toestemming wordt niets opgeslagen");
        assertThat(page.locator("#targetName").inputValue()).isEqualTo("Praktijkondersteuner huisarts");
        // the error summary has the focus: a keyboard user hears what is wrong first
        assertThat(page.evaluate("document.activeElement.getAttribute('role')")).isEqualTo("alert");
        accessible("referral-new-errors");

        // the first error link leads to the consent block
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("#consent.what");
        tabTo("[name='consent.what']");
        page.keyboard().type("Naam, telefoonnummer en de hulpvraag");
        tabTo("[name='consent.recipient']");
        page.keyboard().type("Praktijkondersteuner huisarts");
        tabTo("[name='consent.form']");
        page.keyboard().press("Space");
        tabTo(SAVE_REFERRAL);
        submit(() -> page.keyboard().press("Enter"));

        assertThat(page.locator("h1").textContent()).isEqualTo("Doorverwezen naar Praktijkondersteuner huisarts");
        assertThat(page.locator("[role=status]").textContent()).contains("Opgeslagen");
        assertThat(page.locator("main").textContent()).contains("Naam, telefoonnummer en de hulpvraag", "Mondeling",
                "Verstuurd");
        accessible("referral-detail");

        tabTo("main form button[type=submit]");
        submit(() -> page.keyboard().press("Enter"));
        assertThat(page.locator("#status-error").textContent()).contains("Kies de nieuwe status");
        accessible("referral-detail-errors");

        open("/doorverwijzingen");
        assertThat(page.locator("main").textContent()).contains("naar Praktijkondersteuner huisarts")
                .doesNotContain("Bewoner");
        accessible("referrals-list");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    @Test
    void theCarerPagesAreAccessibleOnAPhone() {
        logIn(supporter);
        open("/mantelzorg");
        accessible("carers-list-empty");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Mantelzorger vastleggen")).click());
        accessible("carer-new");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul de naam van de mantelzorger in");
        accessible("carer-new-errors");

        page.locator("label[for='residentId']").click();
        page.locator("label[for='caresFor.relation']").click();
        page.locator("label[for=burden-2]").click();
        page.locator("#hoursPerWeek").fill("25");
        page.locator("label[for=support]").click();
        page.locator("label[for=referredToCarerSupport-1]").click();
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("Opgeslagen");
        accessible("carer-detail");

        submit(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("[id='consent.form-error']").isVisible()).isTrue();
        accessible("carer-detail-errors");
        page.locator("[id='consent.what']").fill("Naam en postadres");
        page.locator("label[for='consent.form-1']").click();
        page.locator("#name").fill("Bewoner Nul");
        page.locator("#postalAddress").fill("Dorpsstraat 1, 7591 AA Denekamp");
        submit(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Jaar " + today().getYear() + ": aangemeld");
        accessible("carer-detail-appreciation");
        open("/mantelzorg");
        accessible("carers-list");

        browser.close();
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        logIn(municipality.admin());
        open("/mantelzorgwaardering");
        assertThat(page.locator("main").textContent()).contains("Bewoner Nul", "Dorpsstraat 1");
        accessible("appreciations-admin");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("main a",
                new Page.LocatorOptions().setHasText("downloaden")).click());
        assertThat(download.suggestedFilename()).isEqualTo("mantelzorgwaardering-" + municipality.slug() + "-"
                + today().getYear() + ".csv");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    /** axe-core finds no WCAG 2.1 A/AA violation and the page does not scroll sideways on the phone. */
    private void accessible(String name) {
        Accessibility.check(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling on %s", page.url()).isLessThanOrEqualTo(PHONE);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "pages-b-" + name + ".png")));
    }

    /** Presses Tab until the element matching {@code selector} has the focus: only the keyboard moves it. */
    private void tabTo(String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement?.matches(s) ?? false", selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /** Does what loads another page (a link, a form) and waits until it has loaded. */
    @SuppressWarnings("deprecation")
    private void submit(Runnable action) {
        page.waitForNavigation(action);
        page.waitForLoadState();
    }

    private void open(String path) {
        submit(() -> page.navigate(stack.gatewayUrl() + "/g/" + municipality.slug() + path));
    }

    private void logIn(String username) {
        page.navigate(stack.gatewayUrl() + "/g/" + municipality.slug() + "/");
        Browser.logIn(page, username, stack.demoPassword());
        page.waitForURL(stack.gatewayUrl() + "/g/" + municipality.slug() + "/**");
        page.waitForLoadState();
        consoleProblems.clear(); // Keycloak's pages are not ours
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
