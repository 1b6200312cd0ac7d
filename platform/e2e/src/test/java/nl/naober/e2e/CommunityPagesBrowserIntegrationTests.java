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
 * "Activiteiten & initiatieven" in a real browser on a 360 px phone, through the gateway: a supporter
 * registers an initiative, records a funding application with a Dutch amount and moves it on, records
 * an activity of it, and keeps an association's contact person and contact log. Every overview, empty
 * form, form with errors and detail page has no WCAG 2.1 A/AA violation (axe-core) and does not
 * scroll sideways; nothing fails in the console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityPagesBrowserIntegrationTests {

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    PhonePages phone;
    Page page;

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
        phone = new PhonePages(municipality.slug(), "community");
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        phone.close();
    }

    @Test
    void aSupporterRegistersAnInitiativeItsSupportAndAnActivityOnAPhone() {
        phone.logIn(supporter);
        phone.open("/");
        phone.submit(() -> page.locator("nav a", new Page.LocatorOptions().setHasText("Activiteiten & initiatieven")).click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Activiteiten en initiatieven");
        phone.accessible("overview-empty");

        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuw initiatief")).click());
        phone.accessible("initiative-new");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul een naam in");
        phone.accessible("initiative-new-errors");
        page.locator("#name").fill("Jeu de boules-baan");
        page.locator("#description").fill("Een baan naast het dorpshuis.");
        page.locator("label[for=initiators]").click();
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Jeu de boules-baan");
        assertThat(page.locator("[role=status]").textContent()).contains("Het initiatief is opgeslagen");
        phone.accessible("initiative-detail");

        page.locator("label[for=kind-1]").click();
        page.locator("#minutes").fill("45");
        page.locator("#requestedAmount").fill("twee duizend");
        phone.submit(() -> page.locator("form[action$=steun] button[type=submit]").click());
        assertThat(page.locator("#requestedAmount-error").textContent()).contains("bedrag in euro");
        phone.accessible("initiative-detail-errors");
        page.locator("#requestedAmount").fill("1.250,50");
        phone.submit(() -> page.locator("form[action$=steun] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Subsidieaanvraag", "Aangevraagd: € 1.250,50");

        page.locator("label[for=status-1]").click();
        phone.submit(() -> page.locator("form[action$=status] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Actief sinds");
        phone.accessible("initiative-active");

        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Activiteit vastleggen bij dit initiatief"))
                .click());
        assertThat(page.locator("input[name=initiative]:checked").inputValue()).isNotEmpty();
        phone.accessible("activity-new");
        page.locator("#participants").fill("veel");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("#participants-error").textContent()).contains("Vul een geheel getal in");
        phone.accessible("activity-new-errors");
        page.locator("label[for=kind]").click();
        page.locator("#title").fill("Eerste toernooi");
        page.locator("#participants").fill("16");
        page.locator("#volunteers").fill("2");
        page.locator("#volunteerHours").fill("6");
        page.locator("#supporterMinutes").fill("30");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("De activiteit is opgeslagen");
        assertThat(page.locator("main").textContent()).contains("16 deelnemers", "Jeu de boules-baan");
        phone.accessible("overview");
        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Eerste toernooi")).click());
        assertThat(page.locator("main").textContent()).contains("Jeu de boules-baan", "16");
        phone.accessible("activity-detail");
        assertThat(phone.problems()).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }

    @Test
    void aSupporterKeepsAnAssociationsContactPersonAndContactLogOnAPhone() {
        phone.logIn(supporter);
        phone.open("/verenigingen/nieuw");
        phone.accessible("association-new");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul een naam in");
        phone.accessible("association-new-errors");
        page.locator("#name").fill("Dorpshuis De Kolk");
        page.locator("label[for=kind-2]").click();
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Dorpshuis De Kolk");
        phone.accessible("association-detail-empty");

        page.locator("#name").fill("Henk Smit");
        page.locator("#email").fill("henk@");
        phone.submit(() -> page.locator("form[action$=contactpersonen] button[type=submit]").click());
        assertThat(page.locator("#email-error").textContent()).contains("e-mailadres");
        phone.accessible("association-person-errors");
        page.locator("#email").fill("henk@kolk.example");
        page.locator("#role").fill("beheerder");
        phone.submit(() -> page.locator("form[action$=contactpersonen] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Henk Smit, beheerder", "Mailen: henk@kolk.example");

        page.locator("label[for=channel-2]").click();
        page.locator("#subject").fill("Jaarplanning");
        page.locator("#summary").fill("Beweegochtend op dinsdag in de grote zaal.");
        phone.submit(() -> page.locator("form[action$=contactmomenten] button[type=submit]").click());
        assertThat(page.locator("main").textContent()).contains("Jaarplanning", "Beweegochtend op dinsdag");
        phone.accessible("association-detail");

        phone.submit(() -> page.locator("main button", new Page.LocatorOptions().setHasText("Henk Smit verwijderen")).click());
        assertThat(page.locator("[role=status]").textContent()).contains("verwijderd");
        assertThat(page.locator("main").textContent()).doesNotContain("henk@kolk.example");
        assertThat(phone.problems()).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }
}
