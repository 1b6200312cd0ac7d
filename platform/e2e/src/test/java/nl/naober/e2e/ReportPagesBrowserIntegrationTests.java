package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report pages in a real browser on a 360 px phone, through the gateway: the supporter's village
 * report with her narrative (first refused, then saved), the policy officer's dashboard, the
 * administrator's funding page with and without errors, and the public annual report. No WCAG 2.1
 * A/AA violation (axe-core) on any of them and no sideways scrolling of the page (wide tables
 * scroll inside their own region).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesBrowserIntegrationTests {

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    String policy;
    PhonePages phone;
    Page page;

    @BeforeAll
    void aMunicipalityWithContacts() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("rapportb", "Denekamp", "Ootmarsum");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
        policy = "beleid@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, policy, "policy-officer"));
        E2eStack.setPassword(policy);
        String token = E2eStack.token(supporter);
        String base = "/api/v1/municipalities/" + municipality.slug();
        String[] themes = {"eenzaamheid", "wonen", "mobiliteit"};
        for (int i = 0; i < 12; i++) {
            E2eStack.expect(201, E2eStack.call("POST", base + "/contacts", token, """
                    {"date": "%s", "channel": "home-visit", "themes": ["%s"], "route": "own-network",
                     "minutes": 30, "function": "F3"}""".formatted(day(i), themes[i % 3])));
        }
    }

    @BeforeEach
    void freshBrowser() {
        phone = new PhonePages(municipality.slug(), "reports");
        page = phone.page();
    }

    @AfterEach
    void closeBrowser() {
        phone.close();
        assertThat(phone.problems()).isEmpty();
    }

    @Test
    void theSupporterReadsHerVillageReportAndWritesHerNarrative() {
        phone.logIn(supporter);
        phone.open("/rapportages");
        phone.accessible("reports-list-supporter");
        phone.submit(() -> page.locator("main a", new Page.LocatorOptions().setHasText("Rapportage Denekamp")).click());
        assertThat(page.locator("h1").textContent()).startsWith("Verantwoordingsrapportage Denekamp");
        phone.accessible("village-report-supporter");

        page.locator("#tekst").fill("x".repeat(4001));
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("hoogstens 4.000 tekens");
        phone.accessible("village-report-narrative-errors");

        page.locator("#tekst").fill("Met het dorpshuis is een koffieochtend gestart.");
        phone.submit(() -> page.locator("main button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");

        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear());
        page.navigate(stack.gatewayUrl() + "/publiek/" + municipality.slug() + "/denekamp/jaarverslag/" + year);
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).startsWith("Jaarverslag dorpsondersteuning Denekamp");
        assertThat(page.locator("main").textContent()).contains("Met het dorpshuis is een koffieochtend gestart.");
        phone.accessible("public-annual-report");
    }

    @Test
    void thePolicyOfficerReadsTheDashboardAndTheAdministratorSetsTheFunding() {
        phone.logIn(policy);
        phone.open("/dashboard");
        assertThat(page.locator("h1").textContent()).startsWith("Dashboard dorpsondersteuning");
        assertThat(page.locator("main").textContent()).contains("Contacten per kwartaal", "Ootmarsum");
        phone.accessible("dashboard-policy");
        assertThat(phone.problems()).isEmpty();
        phone.close();

        phone = new PhonePages(municipality.slug(), "reports");
        page = phone.page();
        phone.logIn(municipality.admin());
        phone.open("/subsidie");
        phone.accessible("funding");
        page.locator("label[for=dorp]").click();
        page.locator("#toegekend").fill("veel");
        phone.submit(() -> page.locator("main form[method=post][action$='/subsidie'] button[type=submit]").click());
        assertThat(page.locator("[role=alert]").textContent()).contains("Vul een bedrag in");
        phone.accessible("funding-errors");
        page.locator("#toegekend").fill("45.000");
        page.locator("#urenbudget").fill("900");
        page.locator("#uurtarief").fill("52,50");
        phone.submit(() -> page.locator("main form[method=post][action$='/subsidie'] button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("De subsidie is opgeslagen.");
        assertThat(page.locator("main").textContent()).contains("€ 45.000,00", "onderbesteding");
    }

    private static LocalDate day(int n) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate date = today.minusDays(n);
        return date.getYear() == today.getYear() ? date : today.withDayOfYear(1);
    }
}
