package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public pages in a real browser on a 360 px phone, through the gateway: a resident without a
 * login goes from the municipality's page to her village's page, to the contact form (first with
 * mistakes) and to the thank-you page; the supporter logs in, sees the request on her start page
 * and in her inbox, reads it and marks it handled, and adds a photo to her profile. Every page has
 * no WCAG 2.1 A/AA violation (axe-core) and does not scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserIntegrationTests {

    private static final int PHONE = 360;

    NaoberStack stack;
    E2eStack.Municipality municipality;
    String supporter;
    String villageSlug;
    BrowserContext browser;
    Page page;
    List<String> problems;

    @BeforeAll
    void aMunicipalityWithAVillageAndItsPublishedSupporter() {
        stack = E2eStack.get();
        municipality = E2eStack.municipality("pp", "Denekamp");
        supporter = "ondersteuner@" + municipality.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(municipality, supporter, "supporter", municipality.villageIds().get(0)));
        E2eStack.setPassword(supporter);
        E2eStack.expect(200, E2eStack.call("PUT", "/api/v1/municipalities/" + municipality.slug()
                + "/supporter-profile", E2eStack.token(supporter), """
                {"displayName": "Anna de Vries", "languages": ["dutch", "twents"], "phone": "0541 700 100",
                 "email": "anna@dinkelland.example", "officeHours": "Dinsdag 9.00-11.00 uur in het dorpshuis",
                 "published": true}"""));
        villageSlug = E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/villages/"
                + municipality.villageIds().get(0), E2eStack.token(municipality.admin()), null).json().get("slug")
                .asString();
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
        page.setViewportSize(PHONE, 740);
        problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ((message.type().equals("error") || message.type().equals("warning"))
                    && !message.text().contains("status of 422")) {
                problems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && response.status() != 422) {
                problems.add(response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aResidentWithoutLoginGoesFromTheVillagePageThroughTheContactFormToTheThankYouPage() {
        page.navigate(publicUrl(""));
        assertThat(page.locator("h1").textContent()).contains("Dorpsondersteuning in gemeente");
        checkPage("municipality");

        page.waitForNavigation(() -> page.locator("main nav a", new Page.LocatorOptions().setHasText("Denekamp"))
                .click());
        assertThat(page.url()).isEqualTo(publicUrl("/" + villageSlug));
        assertThat(page.locator("h1").textContent()).isEqualTo("Dorpsondersteuning in Denekamp");
        assertThat(page.locator("main").textContent()).contains("Anna de Vries", "Nederlands, Twents", "0541 700 100",
                "Dinsdag 9.00-11.00 uur in het dorpshuis");
        assertThat(page.locator("main a[href$='/sociale-kaart']").count()).isEqualTo(1);
        assertThat(browser.cookies()).as("no cookie on the public pages").isEmpty();
        checkPage("village");

        page.waitForNavigation(() -> page.locator("main a[href$='/contact']").click());
        assertThat(page.url()).isEqualTo(publicUrl("/" + villageSlug + "/contact"));
        checkPage("contact-form");

        Response refused = page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator(".naober-error-summary").textContent()).contains("telefoonnummer of een e-mailadres",
                "Schrijf in het bericht", "contact met u mag opnemen");
        checkPage("contact-form-errors");

        page.locator("#name").fill("Gerda Lansink");
        page.locator("#phone").fill("06 1234 5678");
        page.locator("#message").fill("Mijn buurvrouw komt de deur bijna niet meer uit.");
        page.locator("#preferredTime").fill("na 17.00 uur");
        page.locator("label[for=consent]").click();
        Response sent = page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(sent.status()).isEqualTo(200);
        assertThat(page.url()).isEqualTo(publicUrl("/" + villageSlug + "/contact/bedankt"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Bedankt, uw bericht is verstuurd");
        assertThat(page.content()).doesNotContain("Gerda").doesNotContain("buurvrouw").doesNotContain("06 1234 5678");
        checkPage("contact-thanks");
        assertThat(problems).as("console errors (CSP, scripts) and failed requests").isEmpty();
    }

    @Test
    void theSupporterSeesTheRequestOnHerStartPageReadsItInHerInboxAndAddsAPhotoToHerProfile() throws IOException {
        var form = FormData.create().set("name", "Hendrik Oude Booijink").set("phone", "0541 123456")
                .set("message", "Ik kan niet meer autorijden.").set("consent", "true");
        try (BrowserContext resident = Browser.newContext()) {
            assertThat(resident.request().post(publicUrl("/" + villageSlug + "/contact"),
                    RequestOptions.create().setForm(form).setMaxRedirects(0)).status()).isEqualTo(303);
        }

        page.navigate(url("/"));
        Browser.logIn(page, supporter, stack.demoPassword());
        page.waitForURL(url("/") + "**");
        page.waitForLoadState();
        problems.clear(); // Keycloak's pages are not ours
        assertThat(page.locator("#contact-requests-heading").textContent()).isEqualTo("Nieuwe contactverzoeken");
        assertThat(page.locator("main").textContent()).contains("nieuw").doesNotContain("Hendrik");
        checkPage("start");

        page.navigate(url("/contactverzoeken"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Contactverzoeken");
        checkPage("inbox");
        page.waitForNavigation(() -> page.locator("main .naober-record__title a").first().click());
        assertThat(page.locator("main").textContent()).contains("Ik kan niet meer autorijden", "0541 123456");
        checkPage("inbox-request");
        page.waitForNavigation(() -> page.locator("main form button[type=submit]").click());
        assertThat(page.url()).endsWith("?afgehandeld");
        assertThat(page.locator("main").textContent()).contains("Het contactverzoek is afgehandeld");
        checkPage("inbox-request-handled");

        page.navigate(url("/mijn-profiel"));
        assertThat(page.locator("main").textContent()).contains("Gepubliceerd");
        checkPage("profile");
        page.locator("#photo").setInputFiles(new FilePayload("anna.png", "image/png", png()));
        page.waitForNavigation(() -> page.locator("form[enctype='multipart/form-data'] button[type=submit]").click());
        assertThat(page.url()).isEqualTo(url("/mijn-profiel?opgeslagen"));
        assertThat(page.locator("main img.naober-profile__photo").count()).isEqualTo(1);
        checkPage("profile-photo");

        page.navigate(publicUrl("/" + villageSlug));
        page.waitForLoadState();
        assertThat((Boolean) page.evaluate("() => { const i = document.querySelector('main img');"
                + " return i !== null && i.complete && i.naturalWidth > 0; }")).as("the photo loads").isTrue();
        assertThat(problems).as("console errors (CSP, scripts) and failed requests").isEmpty();
    }

    /** One h1, no sideways scrolling on the phone, no axe-core violation; a screenshot for review. */
    private void checkPage(String name) {
        assertThat(page.locator("h1").count()).as(name + ": one h1").isEqualTo(1);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as(name + ": no horizontal scrolling at 360 px").isLessThanOrEqualTo(PHONE);
        Accessibility.check(page);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "public-" + name + "-360.png")));
    }

    private String publicUrl(String path) {
        return stack.gatewayUrl() + "/publiek/" + municipality.slug() + path;
    }

    private String url(String path) {
        return stack.gatewayUrl() + "/g/" + municipality.slug() + path;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(40, 110, 160));
        graphics.fillRect(0, 0, 400, 400);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
