package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Logging in through the gateway with the real Keycloak in a real browser, and what a session may reach. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayLoginIntegrationTests {

    NaoberStack stack;
    E2eStack.Municipality a;
    E2eStack.Municipality b;
    String supporterOfA;
    BrowserContext browser;
    Page page;

    @BeforeAll
    void twoMunicipalitiesAndASupporter() {
        stack = E2eStack.get();
        a = E2eStack.municipality("gw-a", "Denekamp", "Ootmarsum");
        b = E2eStack.municipality("gw-b", "Albergen");
        supporterOfA = "ondersteuner@" + a.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(a, supporterOfA, "supporter", a.villageIds().getFirst()));
        E2eStack.setPassword(supporterOfA);
    }

    @BeforeEach
    void freshBrowser() {
        browser = Browser.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        page.navigate(stack.gatewayUrl() + "/g/" + a.slug() + "/");

        assertThat(page.url()).startsWith(stack.keycloak().baseUrl() + "/realms/naober/protocol/openid-connect/auth");
        assertThat(page.locator("#username").isVisible()).isTrue();
    }

    @Test
    void aSupporterLogsInAndSeesHerVillagesButNotAnotherMunicipality() {
        logInAsSupporterOfA();

        assertThat(page.url()).startsWith(stack.gatewayUrl() + "/g/" + a.slug() + "/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Mijn dorpen");
        assertThat(page.locator("main").textContent()).contains("Denekamp").doesNotContain("Ootmarsum");
        // the browser holds the gateway's opaque session cookie, never a token (Keycloak's own cookies
        // show up too only because both run on localhost here)
        assertThat(browser.cookies(stack.gatewayUrl()).stream()
                .filter(c -> !c.name.startsWith("KEYCLOAK_") && !c.name.startsWith("AUTH_SESSION_ID")
                        && !c.name.startsWith("KC_"))
                .toList()).singleElement().satisfies(session -> {
                    assertThat(session.name).isEqualTo("SESSION");
                    assertThat(session.httpOnly).isTrue();
                    assertThat(session.value).doesNotContain(".").hasSizeLessThan(100);
                });

        Response other = page.navigate(stack.gatewayUrl() + "/g/" + b.slug() + "/");
        assertThat(other.status()).isEqualTo(403);
        assertThat(page.content()).doesNotContain("Albergen");

        APIResponse otherApi = browser.request().get(stack.gatewayUrl() + "/g/" + b.slug() + "/api/v1/municipalities/"
                + b.slug() + "/villages");
        assertThat(otherApi.status()).isEqualTo(403);
        assertThat(otherApi.headers().get("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aTenantHeaderSentByTheClientIsIgnored() {
        logInAsSupporterOfA();

        APIResponse response = browser.request().get(stack.gatewayUrl() + "/g/" + a.slug() + "/",
                RequestOptions.create().setHeader("X-Naober-Tenant", b.slug()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("Denekamp");
    }

    @Test
    void theGatewaySendsSecurityHeadersAndRefusesStateChangesWithoutCsrfToken() {
        logInAsSupporterOfA();

        Response home = page.navigate(stack.gatewayUrl() + "/g/" + a.slug() + "/");
        Map<String, String> headers = home.headers();
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(headers.get("referrer-policy")).isNotBlank();
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers).doesNotContainKey("strict-transport-security"); // plain HTTP here

        APIResponse post = browser.request().post(stack.gatewayUrl() + "/g/" + a.slug() + "/api/v1/municipalities/"
                + a.slug() + "/villages", RequestOptions.create().setHeader("Content-Type", "application/json")
                .setData("{\"name\": \"Smuggel\"}"));
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void loggingOutEndsTheSession() {
        logInAsSupporterOfA();

        page.locator("form[action='/logout'] button").click();
        page.waitForLoadState();
        page.navigate(stack.gatewayUrl() + "/g/" + a.slug() + "/");

        assertThat(page.url()).startsWith(stack.keycloak().baseUrl());
    }

    @Test
    void theRateLimitAnswers429WithRetryAfter() {
        E2eStack.Municipality c = E2eStack.municipality("gw-rate", "Vasse");
        String busy = "druk@" + c.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(c, busy, "supporter", c.villageIds().getFirst()));
        E2eStack.setPassword(busy);
        page.navigate(stack.gatewayUrl() + "/g/" + c.slug() + "/");
        Browser.logIn(page, busy, stack.demoPassword());
        page.waitForURL(stack.gatewayUrl() + "/g/" + c.slug() + "/**");

        APIResponse limited = null;
        int sent = 0;
        long started = System.nanoTime();
        while (limited == null && sent < 3 * E2eStack.RATE_PER_USER) {
            sent++;
            APIResponse response = browser.request().get(stack.gatewayUrl() + "/g/" + c.slug() + "/api/v1/municipalities/"
                    + c.slug() + "/villages");
            if (response.status() == 429) {
                limited = response;
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        // the bucket refills while the requests are sent (RATE_PER_USER a minute): on a busy machine,
        // where they take longer, correspondingly more get through before the 429
        int allowance = (int) (E2eStack.RATE_PER_USER * (1 + minutes)) + 10;

        assertThat(limited).as("429 within %d requests", sent).isNotNull();
        assertThat(sent).as("requests until the 429, in %.1f s", minutes * 60).isLessThanOrEqualTo(allowance);
        assertThat(limited.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isPositive();
    }

    private void logInAsSupporterOfA() {
        page.navigate(stack.gatewayUrl() + "/g/" + a.slug() + "/");
        Browser.logIn(page, supporterOfA, stack.demoPassword());
        page.waitForURL(stack.gatewayUrl() + "/g/" + a.slug() + "/**");
    }
}
