package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Activiteiten & initiatieven" in a real browser on a 360 px phone, through the gateway: a supporter
 * registers an initiative, records a funding application with a Dutch amount and moves it on, records
 * an activity of it, and keeps an association's contact person and contact log. Every overview, empty
 * form, form with errors and detail page has no WCAG 2.1 A/AA violation (axe-core) and does not
 * scroll sideways; nothing fails in the console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityPagesBrowserIntegrationTests {

    private static final int PHONE = 360;

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    BrowserContext browser;
    Page page;
    List<String> consoleProblems;

    @BeforeAll
    void aMunicipalityWithASupporter() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("paginac", "Denekamp", "Ootmarsum");
        supporter = "dorpsondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        consoleProblems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            // a form shown again with its errors is answered 422, which Chromium reports
            boolean refusedForm = message.text().contains("status of 422");
            if ((message.type().equals("error") || message.type().equals("warning")) && !refusedForm) {
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
    void aSupporterRegistersAnInitiativeItsSupportAndAnActivityOnAPhone() {
        logIn(supporter);
        open("/");
        submit(() -> page.locator("nav a", new Page.LocatorOptions().setHasText("Activiteiten & initiatieven")).click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Activiteiten en initiatieven");
        accessible("overview-empty");

        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuw initiatief")).click());
        accessible("initiative-new");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul een naam in");
        accessible("initiative-new-errors");
        page.locator("#name").fill("Jeu de boules-baan");
        page.locator("#description").fill("Een baan naast het dorpshuis.");
        page.locator("label[for=initiators]").click();
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Jeu de boules-baan");
        assertThat(page.locator("[role=status]").textContent()).contains("Het initiatief is opgeslagen");
        accessible("initiative-detail");

        page.locator("label[for=kind-1]").click();
        page.locator("#minutes").fill("45");
        page.locator("#requestedAmount").fill("twee duizend");
        submit(() -> page.locator("form[action$=steun] button[type=submit]").click());
        assertThat(page.locator("#requestedAmount-error").textContent()).contains("bedrag in euro");
        accessible("initiative-detail-errors");
        page.locator("#requestedAmount").fill("1.250,50");
        submit(() -> page.locator("form[action$=steun] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Subsidieaanvraag", "Aangevraagd: € 1.250,50");

        page.locator("label[for=status-1]").click();
        submit(() -> page.locator("form[action$=status] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Actief sinds");
        accessible("initiative-active");

        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Activiteit vastleggen bij dit initiatief"))
                .click());
        assertThat(page.locator("input[name=initiative]:checked").inputValue()).isNotEmpty();
        accessible("activity-new");
        page.locator("#participants").fill("veel");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("#participants-error").textContent()).contains("Vul een geheel getal in");
        accessible("activity-new-errors");
        page.locator("label[for=kind]").click();
        page.locator("#title").fill("Eerste toernooi");
        page.locator("#participants").fill("16");
        page.locator("#volunteers").fill("2");
        page.locator("#volunteerHours").fill("6");
        page.locator("#supporterMinutes").fill("30");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("De activiteit is opgeslagen");
        assertThat(page.locator("main").textContent()).contains("16 deelnemers", "Jeu de boules-baan");
        accessible("overview");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Eerste toernooi")).click());
        assertThat(page.locator("main").textContent()).contains("Jeu de boules-baan", "16");
        accessible("activity-detail");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    @Test
    void aSupporterKeepsAnAssociationsContactPersonAndContactLogOnAPhone() {
        logIn(supporter);
        open("/verenigingen/nieuw");
        accessible("association-new");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul een naam in");
        accessible("association-new-errors");
        page.locator("#name").fill("Dorpshuis De Kolk");
        page.locator("label[for=kind-2]").click();
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Dorpshuis De Kolk");
        accessible("association-detail-empty");

        page.locator("#name").fill("Henk Smit");
        page.locator("#email").fill("henk@");
        submit(() -> page.locator("form[action$=contactpersonen] button[type=submit]").click());
        assertThat(page.locator("#email-error").textContent()).contains("e-mailadres");
        accessible("association-person-errors");
        page.locator("#email").fill("henk@kolk.example");
        page.locator("#role").fill("beheerder");
        submit(() -> page.locator("form[action$=contactpersonen] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Henk Smit, beheerder", "Mailen: henk@kolk.example");

        page.locator("label[for=channel-2]").click();
        page.locator("#subject").fill("Jaarplanning");
        page.locator("#summary").fill("Beweegochtend op dinsdag in de grote zaal.");
        submit(() -> page.locator("form[action$=contactmomenten] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Jaarplanning", "Beweegochtend op dinsdag");
        accessible("association-detail");

        submit(() -> page.locator("main button", new Page.LocatorOptions().setHasText("Henk Smit verwijderen")).click());
        assertThat(page.locator("[role=status]").textContent()).contains("verwijderd");
        assertThat(page.locator("main").textContent()).doesNotContain("henk@kolk.example");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    /** axe-core finds no WCAG 2.1 A/AA violation and the page does not scroll sideways on the phone. */
    private void accessible(String name) {
        Accessibility.check(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling on %s", page.url()).isLessThanOrEqualTo(PHONE);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "community-" + name + ".png")));
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
}
