package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
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

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    PhonePages phone;
    Page page;

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
        phone = new PhonePages(municipality.slug(), "development");
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        phone.close();
    }

    @Test
    void theAdministratorPostsNewsAndTheNewSupporterWorksOnHerDevelopment() {
        phone.logIn(municipality.admin());
        phone.open("/nieuws");
        phone.accessible("news-list-admin");
        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuw bericht")).click());
        phone.accessible("news-new");
        page.locator("#title").fill("Nieuwe regels voor mantelzorgwoningen");
        page.locator("#link").fill("javascript:alert(1)");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Schrijf de tekst van het bericht",
                "begint met http:// of https://", "Kies het onderwerp");
        phone.accessible("news-new-errors");
        page.locator("#body").fill("Vanaf 1 januari mag een mantelzorgwoning zonder vergunning.\n\nVraag de gemeente.");
        page.locator("#link").fill("https://www.rijksoverheid.nl/mantelzorg");
        page.locator("label[for=topic]").click();
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Nieuwe regels voor mantelzorgwoningen");
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        phone.accessible("news-detail-admin");
        logOut();

        phone.logIn(supporter);
        assertThat(page.locator("#news-heading").textContent()).isEqualTo("Nieuws");
        phone.accessible("start-with-news");
        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuwe regels voor mantelzorgwoningen"))
                .click());
        assertThat(page.locator("main").textContent()).contains("Vraag de gemeente.");
        phone.accessible("news-detail-supporter");

        phone.open("/mijn-ontwikkeling");
        assertThat(page.locator("main").textContent()).contains("0 van 12 taken gedaan");
        phone.accessible("development");
        phone.submit(() -> page.locator("main button", new Page.LocatorOptions()
                .setHasText("Gedaan")).first().click());
        assertThat(page.locator("[role=status]").textContent()).contains("bijgewerkt");
        assertThat(page.locator("main").textContent()).contains("1 van 12 taken gedaan");

        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Mijn reflecties")).click());
        phone.accessible("reflections");
        phone.submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Schrijf uw reflectie");
        phone.accessible("reflections-errors");
        page.locator("#text").fill("Geheime reflectie: het eerste huisbezoek vond ik spannend.");
        phone.submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("main").textContent()).contains("Geheime reflectie");
        phone.accessible("reflections-saved");

        phone.open("/mijn-ontwikkeling/trainingen");
        page.locator("#title").fill("Gespreksvaardigheden");
        page.locator("#hours").fill("veel");
        phone.submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul in wie de training gaf",
                "Vul de datum van de training in", "hoogstens één cijfer achter de komma");
        phone.accessible("trainings-errors");
        page.locator("#provider").fill("Movisie");
        page.locator("#attendedOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(30).toString());
        page.locator("#hours").fill("3,5");
        phone.submit(() -> page.locator("main button[type=submit]").first().click());
        assertThat(page.locator("main").textContent()).contains("1 training, 3,5 uur");
        phone.accessible("trainings");
        logOut();

        phone.logIn(municipality.admin());
        phone.open("/inwerken");
        assertThat(page.locator("main").textContent()).contains("1 van 12 taken gedaan", "1 training, 3,5 uur");
        phone.accessible("onboarding-progress");
        phone.submit(() -> page.locator("main li h2 a").first().click());
        assertThat(page.locator("main").textContent()).contains("Gespreksvaardigheden", "Nog niet gedaan")
                .doesNotContain("Geheime reflectie");
        phone.accessible("onboarding-supporter");
        phone.open("/inwerken/checklist");
        phone.accessible("onboarding-checklist");
        phone.submit(() -> page.locator("main ol li a").first().click());
        phone.accessible("onboarding-checklist-item");
        assertThat(phone.problems()).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    /** A fresh browser for the next person (the gateway's session ends with the context). */
    private void logOut() {
        phone.close();
        freshBrowser();
    }
}
