package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: Keycloak stops. A colleague who is logged in keeps working (her session's token is
 * still valid and the app has the realm's keys); someone who wants to log in gets a clear Dutch page,
 * not a browser error or a stack trace. Keycloak then comes back on the same port with its data.
 */
class KeycloakOutageIntegrationTests {

    @Test
    void existingSessionsKeepWorkingAndNewLoginsGetADutchPageWhileKeycloakIsDown() {
        NaoberStack stack = E2eStack.get();
        E2eStack.Municipality m = E2eStack.municipality("kc-storing", "Lemselo");
        String email = "blijft@" + m.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(m, email, "supporter", m.villageIds().getFirst()));
        E2eStack.setPassword(email);
        String villages = stack.gatewayUrl() + "/g/" + m.slug() + "/api/v1/municipalities/" + m.slug() + "/villages";

        try (BrowserContext loggedIn = Browser.newContext(); BrowserContext newcomer = Browser.newContext()) {
            Page page = loggedIn.newPage();
            page.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/");
            Browser.logIn(page, email, stack.demoPassword());
            page.waitForURL(stack.gatewayUrl() + "/g/" + m.slug() + "/**");
            assertThat(loggedIn.request().get(villages).status()).isEqualTo(200);

            stack.stopKeycloak();
            try {
                APIResponse stillWorking = loggedIn.request().get(villages);
                assertThat(stillWorking.status()).isEqualTo(200);
                assertThat(stillWorking.text()).contains("Lemselo");
                assertThat(page.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/").status()).isEqualTo(200);

                // the gateway remembers Keycloak's last answer for 5 s (the login above was just now)
                newcomer.newPage().waitForTimeout(6_000);
                Page login = newcomer.newPage();
                Response answer = login.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/");
                assertThat(answer.status()).isEqualTo(503);
                assertThat(login.url()).startsWith(stack.gatewayUrl());
                assertThat(login.locator("h1").textContent()).isEqualTo("Inloggen tijdelijk niet mogelijk");
                assertThat(login.content()).contains("Wie al is ingelogd, kan gewoon verder werken")
                        .doesNotContain("Exception");
            } finally {
                stack.startKeycloakAgain();
            }
            Page login = newcomer.newPage();
            login.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/");
            // the gateway remembers Keycloak's absence for a few seconds
            for (int i = 0; i < 20 && !login.url().startsWith(stack.keycloak().baseUrl()); i++) {
                login.waitForTimeout(500);
                login.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/");
            }
            assertThat(login.url()).startsWith(stack.keycloak().baseUrl());
        }
    }
}
