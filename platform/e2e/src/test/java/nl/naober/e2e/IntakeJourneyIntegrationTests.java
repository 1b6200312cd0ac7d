package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import nl.naober.local.NaoberStack;
import nl.naober.zgwfake.ZgwFake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An intake followed end to end through the whole running stack, as a person following it in the
 * local stack would see it: the admin grants a mandate, the supporter submits an intake for a
 * resident of her village in the browser (from the contact, through the gateway), the worker delivers it to the municipality's case system (the strict ZGW
 * fake, Dinkelland's configured channel), and when the municipality moves the zaak on, Open
 * Notificaties calls Naober's webhook through the gateway and the supporter sees the new status on
 * her intake's page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeJourneyIntegrationTests {

    /** The municipality the stack delivers through the ZGW APIs (NaoberStack's ZGW_MUNICIPALITIES). */
    private static final String ZGW_MUNICIPALITY = "dinkelland";
    private static final String CLIENT_ID = "naober-" + ZGW_MUNICIPALITY;
    private static final String RSIN = "823256443";
    private static final String BSN = "999993896";
    private static final String IN_BEHANDELING = "12121212-3434-4565-8787-909090909091";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    NaoberStack stack;
    ZgwFake.Running caseSystem;
    E2eStack.Municipality municipality;
    String supporter;
    String supporterId;
    BrowserContext browser;
    Page page;

    @BeforeAll
    void dinkellandWithAMandatedSupporter() {
        stack = E2eStack.get();
        caseSystem = stack.caseSystem();
        municipality = E2eStack.municipalityWithSlug(ZGW_MUNICIPALITY, RSIN, "Ootmarsum");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.Response invited = E2eStack.invite(municipality, supporter, "supporter",
                municipality.villageIds().get(0));
        E2eStack.expect(201, invited);
        supporterId = invited.json().get("id").asString();
        E2eStack.setPassword(supporter);
        E2eStack.expect(201, E2eStack.call("POST", base() + "/mandates", E2eStack.token(municipality.admin()), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(supporterId, village(), today().minusDays(1), today().plusYears(1))));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSubmittedIntakeBecomesOneZaakWithItsRollenAndPdfAndTheMunicipalitysNewStatusComesBack() {
        String contactId = contactWithAKnownResident(E2eStack.token(supporter));
        String intakeId = submittedInTheBrowser(contactId);
        String reference = page.locator("#deadlines dd").first().textContent().trim();
        assertThat(reference).matches("NAOBER-WMO-" + today().getYear() + "-\\d{6}");
        assertThat(page.content()).as("the BSN is shown masked, never in full").contains("******896")
                .doesNotContain(BSN);

        await(() -> "delivered".equals(delivery(intakeId).path("status").asString()),
                () -> "intake delivered, now " + delivery(intakeId));
        assertThat(delivery(intakeId).path("caseIdentification").asString()).isEqualTo(reference);
        assertThat(caseSystem.control().zakenPerIdentificatie().get(RSIN)).as("exactly one zaak for the intake")
                .containsEntry(reference, 1);

        JsonNode zaak = caseSystem.control().zaken().stream()
                .filter(z -> reference.equals(z.path("identificatie").asString())).findFirst().orElseThrow();
        String zaakUrl = zaak.path("url").asString();
        assertThat(zaak.path("bronorganisatie").asString()).isEqualTo(RSIN);
        assertThat(zaak.path("registratiedatum").asString()).isEqualTo(today().toString());

        List<JsonNode> rollen = list(caseSystem.zakenUrl() + "/rollen?zaak=" + zaakUrl);
        assertThat(rollen).as("the resident and the mandated supporter").hasSize(2);
        assertThat(rollen).anySatisfy(rol -> assertThat(rol.path("betrokkeneIdentificatie")
                .path("inpBsn").asString()).isEqualTo(BSN));
        List<JsonNode> documents = list(caseSystem.zakenUrl() + "/zaakinformatieobjecten?zaak=" + zaakUrl);
        assertThat(documents).as("the intake's PDF linked to the zaak").hasSize(1);
        JsonNode document = get(documents.get(0).path("informatieobject").asString());
        assertThat(document.path("formaat").asString()).isEqualTo("application/pdf");
        assertThat(document.path("bestandsomvang").asLong()).isPositive();
        assertThat(caseSystem.control().violations()).as("the fake's own answers stayed within the specs").isEmpty();

        // the municipality's WMO consultant moves the case on in her own system
        post(caseSystem.zakenUrl() + "/statussen", """
                {"zaak": "%s", "statustype": "%s/statustypen/%s", "datumStatusGezet": "%s"}"""
                .formatted(zaakUrl, caseSystem.catalogiUrl(), IN_BEHANDELING,
                        Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS)));
        await(() -> "In behandeling".equals(delivery(intakeId).path("caseStatus").asString()),
                () -> "case status back, now " + delivery(intakeId) + "; notifications "
                        + caseSystem.control().notifications());
        assertThat(caseSystem.control().notifications()).as("the webhook answered through the gateway")
                .anySatisfy(n -> {
                    assertThat(n.callbackUrl()).startsWith(stack.gatewayUrl() + "/api/v1/zgw-notificaties/"
                            + ZGW_MUNICIPALITY);
                    assertThat(n.status()).isEqualTo(204);
                });

        page.reload();
        assertThat(page.locator("main").textContent()).as("where her intake is, on her page")
                .contains(reference, "In behandeling");
        checkPage("intake-delivered");
    }

    /** What she does: from the contact's page to a submitted intake, by the forms; the intake's id. */
    private String submittedInTheBrowser(String contactId) {
        browser = Browser.newContext();
        page = browser.newPage();
        page.navigate(url("/"));
        Browser.logIn(page, supporter, stack.demoPassword());
        page.waitForURL(url("/") + "**");

        page.navigate(url("/contacten/" + contactId));
        page.waitForNavigation(() -> page.locator("a[href*='/wmo-meldingen/nieuw']").click());
        checkPage("intake-new");
        page.locator("#bsn").fill(BSN);
        page.locator("#givenNames").fill("Gerda");
        page.locator("#surname").fill("Oude Luttikhuis");
        page.locator("#dateOfBirth").fill("1938-11-02");
        page.locator("#street").fill("Markt");
        page.locator("#houseNumber").fill("3");
        page.locator("#postalCode").fill("7631bw");
        page.locator("#city").fill("Ootmarsum");
        page.locator("#request").fill("Ik wil graag hulp bij het huishouden.");
        choose("lifeDomains", "household");
        choose("urgency", "normal");
        choose("personalPlanIntended", "no");
        page.locator("#conversationReport").fill("Gesprek bij mevrouw thuis.");
        page.waitForNavigation(() -> page.locator("#intake-form button[type=submit]").click());
        assertThat(page.url()).contains("/wmo-meldingen/").endsWith("?gelukt=opgeslagen");
        String intakeId = page.url().replaceAll(".*/wmo-meldingen/([^/?]+).*", "$1");

        page.locator("[name='consent.what']").fill("naam, BSN, adres en de hulpvraag");
        page.locator("[name='consent.recipient']").fill("gemeente Dinkelland");
        page.locator("[name='consent.givenOn']").fill(today().toString());
        choose("consent.form", "verbal");
        page.waitForNavigation(() -> page.locator("#submit-form button[type=submit]").click());
        assertThat(page.url()).endsWith("/wmo-meldingen/" + intakeId + "?gelukt=ingediend");
        checkPage("intake-submitted");
        return intakeId;
    }

    private void choose(String name, String value) {
        page.locator("input[name='" + name + "'][value='" + value + "'] + label").click();
    }

    /** One h1, no axe-core violation; a screenshot for review. */
    private void checkPage(String name) {
        assertThat(page.locator("h1").count()).as(name + ": one h1").isEqualTo(1);
        Accessibility.check(page);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "intakes-" + name + ".png")));
    }

    private String contactWithAKnownResident(String token) {
        E2eStack.Response resident = E2eStack.call("POST", base() + "/residents", token,
                "{\"village\": \"" + village() + "\", \"name\": \"Gerda Oude Luttikhuis\"}");
        E2eStack.expect(201, resident);
        E2eStack.Response contact = E2eStack.call("POST", base() + "/contacts", token, """
                {"channel": "home-visit", "themes": ["gezondheid"], "route": "wmo", "minutes": 60,
                 "function": "F16", "residentId": "%s"}""".formatted(resident.json().get("id").asString()));
        E2eStack.expect(201, contact);
        return contact.json().get("id").asString();
    }

    private JsonNode delivery(String intakeId) {
        return E2eStack.call("GET", base() + "/intakes/" + intakeId, E2eStack.token(supporter), null).json()
                .path("delivery");
    }

    /** A list of the Zaken API: paginated ({@code results}) for rollen, a plain array for zaakinformatieobjecten. */
    private List<JsonNode> list(String url) {
        JsonNode answer = get(url);
        List<JsonNode> items = new ArrayList<>();
        (answer.has("results") ? answer.get("results") : answer).forEach(items::add);
        return items;
    }

    private JsonNode get(String url) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET(), 200));
    }

    private void post(String url, String body) {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
    }

    /** A call of the municipality's own client to its case system, with that client's JWT. */
    private String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer "
                            + caseSystem.token(CLIENT_ID)).header("Accept-Crs", "EPSG:4326")
                    .header("Content-Crs", "EPSG:4326").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String url(String path) {
        return stack.gatewayUrl() + "/g/" + municipality.slug() + path;
    }

    private String base() {
        return "/api/v1/municipalities/" + municipality.slug();
    }

    private String village() {
        return municipality.villageIds().get(0);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
