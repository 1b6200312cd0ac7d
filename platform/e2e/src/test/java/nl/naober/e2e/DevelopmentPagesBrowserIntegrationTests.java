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
 * The knowledge feed and onboarding in a real browser on a 360 px phone, through the gateway: the
 * administrator posts a news item (first refused, then saved) that the supporter finds on her start
 * page; the supporter ticks off a checklist item, writes a reflection and records a training; the
 * administrator sees her progress and training, never her reflection. Every page on the way has no
 * WCAG 2.1 A/AA violation (axe-core) and does not scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentPagesBrowserIntegrationTests {

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
        municipality = E2eStack.municipality("ontwikkel", "Denekamp", "Ootmarsum");
        supporter = "nieuwkomer@" + municipality.slug() + ".example";
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
    void theAdministratorPostsNewsAndTheNewSupporterWorksOnHerDevelopment() {
        logIn(municipality.admin());
        open("/nieuws");
        accessible("news-list-admin");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuw bericht")).click());
        accessible("news-new");
        page.locator("#title").fill("Nieuwe regels voor mantelzorgwoningen");
        page.locator("#link").fill("javascript:alert(1)");
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Schrijf de tekst van het bericht",
                "begint met http:// of https://", "Kies het onderwerp");
        accessible("news-new-errors");
        page.locator("#body").fill("Vanaf 1 januari mag een mantelzorgwoning zonder vergunning.\n\nVraag de gemeente.");
        page.locator("#link").fill("https://www.rijksoverheid.nl/mantelzorg");
        page.locator("label[for=topic]").click();
        submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Nieuwe regels voor mantelzorgwoningen");
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        accessible("news-detail-admin");
        logOut();

        logIn(supporter);
        assertThat(page.locator("#news-heading").textContent()).isEqualTo("Nieuws");
        accessible("start-with-news");
        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuwe regels voor mantelzorgwoningen"))
                .click());
        assertThat(page.locator("main").textContent()).contains("Vraag de gemeente.");
        accessible("news-detail-supporter");

        open("/mijn-ontwikkeling");
        assertThat(page.locator("main").textContent()).contains("0 van 12 taken gedaan");
        accessible("development");
        submit(() -> page.locator("main button", new Page.LocatorOptions()
                .setHasText("Gedaan")).first().click());
        assertThat(page.locator("[role=status]").textContent()).contains("bijgewerkt");
        assertThat(page.locator("main").textContent()).contains("1 van 12 taken gedaan");

        submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Mijn reflecties")).click());
        accessible("reflections");
        submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Schrijf uw reflectie");
        accessible("reflections-errors");
        page.locator("#text").fill("Geheime reflectie: het eerste huisbezoek vond ik spannend.");
        submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("main").textContent()).contains("Geheime reflectie");
        accessible("reflections-saved");

        open("/mijn-ontwikkeling/trainingen");
        page.locator("#title").fill("Gespreksvaardigheden");
        page.locator("#hours").fill("veel");
        submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul in wie de training gaf",
                "Vul de datum van de training in", "hoogstens één cijfer achter de komma");
        accessible("trainings-errors");
        page.locator("#provider").fill("Movisie");
        page.locator("#attendedOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(30).toString());
        page.locator("#hours").fill("3,5");
        submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("main").textContent()).contains("1 training, 3,5 uur");
        accessible("trainings");
        logOut();

        logIn(municipality.admin());
        open("/inwerken");
        assertThat(page.locator("main").textContent()).contains("1 van 12 taken gedaan", "1 training, 3,5 uur");
        accessible("onboarding-progress");
        submit(() -> page.locator("main li h2 a").first().click());
        assertThat(page.locator("main").textContent()).contains("Gespreksvaardigheden", "Nog niet gedaan")
                .doesNotContain("Geheime reflectie");
        accessible("onboarding-supporter");
        open("/inwerken/checklist");
        accessible("onboarding-checklist");
        submit(() -> page.locator("main ol li a").first().click());
        accessible("onboarding-checklist-item");
        assertThat(consoleProblems).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    /** axe-core finds no WCAG 2.1 A/AA violation and the page does not scroll sideways on the phone. */
    private void accessible(String name) {
        Accessibility.check(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling on %s", page.url()).isLessThanOrEqualTo(PHONE);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "development-" + name + ".png")));
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

    /** A fresh browser for the next person (the gateway's session ends with the context). */
    private void logOut() {
        browser.close();
        freshBrowser();
    }
}
