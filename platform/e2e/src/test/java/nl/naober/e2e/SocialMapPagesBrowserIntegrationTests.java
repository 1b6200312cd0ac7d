package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The social map in a real browser on a 360 px phone, through the gateway: a supporter adds an
 * entry (first with errors), finds it with the full-text search and a filter, marks it
 * "Bijgewerkt", uploads a CSV file with a rejected row and imports the valid one, and downloads the
 * export; a resident finds the public entry, and never the internal one, on the village's public
 * page without logging in. Every page has no WCAG 2.1 A/AA violation (axe-core) and does not
 * scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialMapPagesBrowserIntegrationTests {

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    PhonePages phone;
    Page page;

    @BeforeAll
    void aMunicipalityWithASupporter() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("kaartb", "Denekamp", "Ootmarsum");
        supporter = "kaart@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
    }

    @BeforeEach
    void freshBrowser() {
        phone = new PhonePages(municipality.slug(), "socialmap");
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        phone.close();
    }

    @Test
    void aSupporterKeepsTheSocialMapAndResidentsFindItsPublicEntries() {
        phone.logIn(supporter);
        phone.open("/sociale-kaart");
        assertThat(page.locator("main").textContent()).contains("Geen vermeldingen gevonden.");
        phone.accessible("list-empty");

        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Nieuwe vermelding")).click());
        phone.accessible("new");
        page.locator("#name").fill("Repair Café Denekamp");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.locator("[role=alert]").textContent()).contains("Kies wat voor soort aanbod het is",
                "Kies ten minste één categorie", "Kies of inwoners deze vermelding mogen vinden");
        assertThat(page.locator("#name").inputValue()).isEqualTo("Repair Café Denekamp");
        phone.accessible("new-errors");

        page.locator("label[for=kind-3]").click();
        page.locator("#description").fill("Vrijwilligers repareren kapotte spullen, samen met u.");
        page.locator("label[for=categories-7]").click();
        page.locator("label[for=targetGroups]").click();
        page.locator("label[for=visibility]").click();
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Repair Café Denekamp");
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        phone.accessible("detail");
        phone.submit(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("gecontroleerd");

        // the search finds "vrijwilliger" forms of the word, and the filters narrow it down
        phone.open("/sociale-kaart?zoek=vrijwilliger&categorie=vrijwilligerswerk");
        assertThat(page.locator("main h2 a").allTextContents()).containsExactly("Repair Café Denekamp");
        phone.accessible("list-search");

        phone.open("/sociale-kaart/importeren");
        phone.accessible("import");
        String csv = "Soort;Naam;Categorieën;Doelgroepen;Dorpen;Zichtbaarheid\r\n"
                + "Dienst;Interne werkafspraak;Informatie en advies;Iedereen;Denekamp;intern\r\n"
                + "Dienst;;Vervoer;Ouderen;Denekamp;openbaar\r\n";
        page.locator("#bestand").setInputFiles(new FilePayload("kaart.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Niet alle rijen zijn goed");
        assertThat(page.locator("main table").textContent()).contains("3", "Naam", "Vul de naam in.");
        phone.accessible("import-report");
        phone.submit(() -> page.locator("main button", new Page.LocatorOptions().setHasText("Importeer de 1 geldige rijen"))
                .click());
        assertThat(page.locator("[role=status]").first().textContent()).contains("1 vermeldingen geïmporteerd");
        assertThat(page.locator("main h2 a").allTextContents()).contains("Interne werkafspraak", "Repair Café Denekamp");
        phone.accessible("list");

        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("main a",
                new Page.LocatorOptions().setHasText("Exporteren als CSV")).click());
        assertThat(download.suggestedFilename()).isEqualTo("sociale-kaart-" + municipality.slug() + ".csv");

        // a resident, without logging in
        phone.close();
        phone = new PhonePages(municipality.slug(), "socialmap");
        page = phone.page();
        String slug = E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/villages/"
                + municipality.villageIds().get(0), E2eStack.token(municipality.admin()), null).json().get("slug").asString();
        phone.submit(() -> page.navigate(stack.gatewayUrl() + "/publiek/" + municipality.slug() + "/" + slug
                + "/sociale-kaart?zoek=vrijwilligers"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Sociale kaart van Denekamp");
        assertThat(page.locator("main h2").allTextContents()).containsExactly("Repair Café Denekamp");
        assertThat(page.content()).doesNotContain("Interne werkafspraak");
        phone.accessible("public");
        assertThat(phone.problems()).as("console errors (CSP, scripts, failed requests)").isEmpty();
    }
}
