package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The volunteer pages in a real browser on a 360 px phone, through the gateway (login, path prefix,
 * CSRF, CSP): the supporter adds a volunteer (first with errors), records a VOG that is about to
 * expire (on her start page), makes a personal link; the volunteer opens that link without any
 * login and logs her hours; the supporter takes a help request from a contact and confirms the
 * volunteer ranked first; the totals show her hours; the administrator keeps the VOG settings and
 * sees totals without names. Every page has no WCAG 2.1 A/AA violation (axe-core) and does not
 * scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerPagesBrowserIntegrationTests {

    private static final int PHONE = 360;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    BrowserContext browser;
    Page page;
    List<String> consoleProblems;

    @BeforeAll
    void aMunicipalityWithASupporterAndAContact() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("vw", "Denekamp");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
        E2eStack.expect(201, E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug() + "/contacts",
                E2eStack.token(supporter), """
                        {"channel": "phone", "themes": ["eenzaamheid"], "route": "own-network", "minutes": 10,
                         "function": "F7", "resident": {"name": "Mina Nijhuis"}}"""));
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = newPage(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSupporterAddsAVolunteerWhoLogsHoursThroughHerLinkAndIsMatchedToAHelpRequest() {
        logIn(supporter);
        page.navigate(url("/vrijwilligers"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Vrijwilligers");
        checkPage("list-empty");

        page.navigate(url("/vrijwilligers/nieuw"));
        checkPage("new");
        Response refused = page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator(".naober-error-summary").textContent()).contains("Vul de voornaam",
                "benaderd mag worden", "Kies wat de vrijwilliger kan");
        checkPage("new-errors");

        page.locator("#firstName").fill("Gerrit");
        page.locator("#lastName").fill("Brinkman");
        page.locator("#phone").fill("06 12345678");
        page.locator("label[for=consentToContact]").click();
        page.locator("input[name=skills][value=boodschappen] + label").click();
        // after the refused submission the availability is open already (the form shows what was chosen)
        if (page.locator("details.naober-details").getAttribute("open") == null) {
            page.locator("summary.naober-details__summary").click();
        }
        LocalDate tuesday = today().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        page.locator("input[name=availability][value=tuesday-afternoon] + label").click();
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("h1").textContent()).isEqualTo("Gerrit Brinkman");
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        checkPage("detail");
        String volunteerUrl = page.url().replaceAll("\\?.*", "");

        // a VOG that expires within the renewal window: on her start page
        page.locator("#issuedOn").fill(today().minusYears(3).plusMonths(1).toString());
        page.waitForNavigation(() -> page.locator("form[action$='/vog'] button").click());
        assertThat(page.locator("main").textContent()).contains("VOG verloopt op");
        page.navigate(url("/"));
        assertThat(page.locator("#vogs-heading + ul").textContent()).contains("Gerrit B.");
        checkPage("start-vogs");

        // her personal link, shown once
        page.navigate(volunteerUrl);
        page.waitForNavigation(() -> page.locator("form[action$='/urenlink'] button").click());
        String link = page.locator("#hours-link").getAttribute("href");
        assertThat(link).startsWith("/publiek/" + municipality.slug() + "/uren/");
        checkPage("link");

        // the volunteer, on her own phone, without an account
        try (BrowserContext phone = Browser.newContext()) {
            Page own = newPage(phone);
            own.navigate(stack.gatewayUrl() + link);
            assertThat(own.locator("h1").textContent()).contains("Gerrit").doesNotContain("Brinkman");
            check(own, "public-hours");
            own.locator("#hours").fill("1,5");
            own.locator("input[name=activity][value=boodschappen] + label").click();
            own.waitForNavigation(() -> own.locator("main form button[type=submit]").click());
            assertThat(own.locator("[role=status]").textContent()).contains("opgeslagen");
            assertThat(own.locator("main").textContent()).contains("1,5 uur");
            check(own, "public-hours-saved");
        }

        // a help request from her contact, matched to the volunteer ranked first
        page.navigate(url("/hulpvragen/nieuw"));
        checkPage("help-new");
        page.locator("label[for=contactId]").click();
        page.locator("input[name=skill][value=boodschappen] + label").click();
        page.locator("input[name=workKind][value=boodschappen] + label").click();
        page.locator("#neededOn").fill(tuesday.toString());
        page.locator("input[name=partOfDay][value=afternoon] + label").click();
        page.locator("#description").fill("Boodschappen bij de supermarkt");
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator(".naober-list__item").first().textContent()).contains("Gerrit B.", "dinsdagmiddag");
        checkPage("help-detail");
        page.waitForNavigation(() -> page.locator("form[action$='/koppelen'] button").first().click());
        assertThat(page.locator("[role=status]").textContent()).contains("gekoppeld");
        checkPage("help-matched");
        page.navigate(url("/hulpvragen"));
        checkPage("help-list");

        page.navigate(url("/vrijwilligersuren"));
        assertThat(page.locator("main").textContent()).contains("Gerrit B.", "1,5 uur");
        checkPage("totals");
        page.navigate(url("/vrijwilligers"));
        checkPage("list");
        assertThat(consoleProblems).isEmpty();
    }

    @Test
    void theAdministratorKeepsTheVogSettingsAndSeesTotalsWithoutNames() {
        logIn(municipality.admin());
        page.navigate(url("/vrijwilligers-instellingen"));
        checkPage("settings");
        page.locator("#vogValidityYears").fill("nul");
        Response refused = page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(refused.status()).isEqualTo(422);
        checkPage("settings-errors");
        page.locator("#vogValidityYears").fill("5");
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        page.navigate(url("/vrijwilligersuren"));
        assertThat(page.locator("main").textContent()).doesNotContain("Gerrit");
        checkPage("totals-admin");
        assertThat(consoleProblems).isEmpty();
    }

    private Page newPage(BrowserContext context) {
        Page created = context.newPage();
        created.setViewportSize(PHONE, 740);
        consoleProblems = consoleProblems == null ? new ArrayList<>() : consoleProblems;
        created.onConsoleMessage(message -> {
            // Chromium reports a 422 page as a failed load; it is a form shown again with its errors, on purpose
            if ((message.type().equals("error") || message.type().equals("warning"))
                    && !message.text().contains("status of 422")) {
                consoleProblems.add(message.type() + ": " + message.text());
            }
        });
        created.onPageError(error -> consoleProblems.add("page error: " + error));
        created.onResponse(response -> {
            if (response.status() >= 400 && response.status() != 422) {
                consoleProblems.add(response.status() + " " + response.url());
            }
        });
        return created;
    }

    private void checkPage(String name) {
        check(page, name);
    }

    private static void check(Page target, String name) {
        assertThat(target.locator("h1").count()).as(name + ": one h1").isEqualTo(1);
        assertThat(((Number) target.evaluate("document.documentElement.scrollWidth")).intValue())
                .as(name + ": no horizontal scrolling at 360 px").isLessThanOrEqualTo(PHONE);
        Accessibility.check(target);
        target.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "volunteers-" + name + "-360.png")));
    }

    private String url(String path) {
        return stack.gatewayUrl() + "/g/" + municipality.slug() + path;
    }

    private static LocalDate today() {
        return LocalDate.now(DUTCH_TIME);
    }

    private void logIn(String user) {
        page.navigate(url("/"));
        Browser.logIn(page, user, stack.demoPassword());
        page.waitForURL(url("/") + "**");
        page.waitForLoadState();
        consoleProblems.clear(); // Keycloak's pages are not ours
    }
}
