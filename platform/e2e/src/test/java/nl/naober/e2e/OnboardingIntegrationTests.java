package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.naober.local.KeycloakTokens;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;

/** Provisioning with Keycloak organizations, and onboarding colleagues with the real Keycloak and e-mail. */
class OnboardingIntegrationTests {

    final NaoberStack stack = E2eStack.get();

    @Test
    void aMunicipalAdminInvitesASupporterWhoSetsHerPasswordFromTheEmailAndSeesHerVillages() throws Exception {
        E2eStack.Municipality m = E2eStack.municipality("onb", "Denekamp", "Ootmarsum", "Weerselo");
        String email = "anna@" + m.slug() + ".example";

        E2eStack.Response invited = E2eStack.invite(m, email, "supporter", m.villageIds().get(0), m.villageIds().get(1));

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("role").asString()).isEqualTo("supporter");
        assertThat(invited.json().get("villages").findValuesAsString("name")).containsExactly("Denekamp", "Ootmarsum");
        UserRepresentation user = E2eStack.realm().users().searchByEmail(email, true).getFirst();
        assertThat(user.isEnabled()).isTrue();
        assertThat(E2eStack.realm().users().get(user.getId()).roles().realmLevel().listEffective())
                .extracting(r -> r.getName()).contains("supporter");
        assertThat(E2eStack.realm().organizations().members().getOrganizations(user.getId(), true))
                .extracting(OrganizationRepresentation::getAlias).containsExactly(m.slug());

        MimeMessage mail = Mails.awaitMessageTo(stack, email);
        try (BrowserContext browser = Browser.newContext()) {
            Page page = browser.newPage();
            page.navigate(Mails.actionLink(mail));
            if (page.locator("#password-new").count() == 0) {
                page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "action-link.png")));
                page.locator("#kc-content a, #kc-info a, a:has-text('hier')").first().click(); // "klik hier om door te gaan"
            }
            page.locator("#password-new").fill("Welkom-in-2026!");
            page.locator("#password-confirm").fill("Welkom-in-2026!");
            page.locator("[type=submit]").first().click();
            page.waitForLoadState();

            page.navigate(stack.gatewayUrl() + "/g/" + m.slug() + "/");
            Browser.logIn(page, email, "Welkom-in-2026!");
            page.waitForURL(stack.gatewayUrl() + "/g/" + m.slug() + "/**");

            assertThat(page.locator("main").textContent()).contains("Denekamp", "Ootmarsum").doesNotContain("Weerselo");
            assertThat(page.locator("header").textContent()).contains("Anna de Vries", "dorpsondersteuner");
        }
    }

    @Test
    void theAdminAddsEveryRoleListsThemWithTheirVillagesAndDeactivatesOne() {
        E2eStack.Municipality m = E2eStack.municipality("rol", "Rossum", "Saasveld");
        String rossum = m.villageIds().get(0);
        String users = "/api/v1/municipalities/" + m.slug() + "/users";

        assertThat(E2eStack.invite(m, "s1@" + m.slug() + ".example", "supporter", rossum).status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "s2@" + m.slug() + ".example", "supporter", rossum, m.villageIds().get(1))
                .status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "kb@" + m.slug() + ".example", "sounding-board", rossum).status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "wmo@" + m.slug() + ".example", "wmo-consultant").status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "beleid@" + m.slug() + ".example", "policy-officer").status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "privacy@" + m.slug() + ".example", "privacy-officer").status()).isEqualTo(201);

        JsonNode list = E2eStack.call("GET", users, E2eStack.token(m.admin()), null).json();
        assertThat(list.findValuesAsString("role")).containsExactlyInAnyOrder("municipal-admin", "supporter",
                "supporter", "sounding-board", "wmo-consultant", "policy-officer", "privacy-officer");
        JsonNode s2 = find(list, "s2@" + m.slug() + ".example");
        assertThat(s2.get("villages").findValuesAsString("name")).containsExactly("Rossum", "Saasveld");

        String policyOfficer = "beleid@" + m.slug() + ".example";
        E2eStack.setPassword(policyOfficer);
        assertThat(KeycloakTokens.password(E2eStack.issuer(), policyOfficer, stack.demoPassword())).isNotBlank();
        String id = find(list, policyOfficer).get("id").asString();
        E2eStack.Response deactivated = E2eStack.call("PATCH", users + "/" + id, E2eStack.token(m.admin()),
                "{\"status\": \"deactivated\"}");

        assertThat(deactivated.json().get("status").asString()).isEqualTo("deactivated");
        assertThat(E2eStack.realm().users().searchByEmail(policyOfficer, true).getFirst().isEnabled()).isFalse();
        assertThatThrownBy(() -> KeycloakTokens.password(E2eStack.issuer(), policyOfficer, stack.demoPassword()))
                .hasMessageContaining("400");
    }

    @Test
    void invitationsWithWrongRolesOrVillagesAreRefusedWithoutCreatingALogin() {
        E2eStack.Municipality m = E2eStack.municipality("fout", "Lattrop");
        String village = m.villageIds().getFirst();

        E2eStack.Response noVillage = E2eStack.invite(m, "a@" + m.slug() + ".example", "supporter");
        E2eStack.Response villageForWmo = E2eStack.invite(m, "b@" + m.slug() + ".example", "wmo-consultant", village);
        E2eStack.Response platformRole = E2eStack.invite(m, "c@" + m.slug() + ".example", "platform-admin");
        E2eStack.Response badEmail = E2eStack.invite(m, "geen-adres", "supporter", village);

        assertThat(List.of(noVillage.status(), villageForWmo.status(), platformRole.status(), badEmail.status()))
                .containsOnly(400);
        assertThat(noVillage.json().get("detail").asString()).contains("minstens één dorp");
        for (String email : List.of("a", "b", "c")) {
            assertThat(E2eStack.realm().users().searchByEmail(email + "@" + m.slug() + ".example", true)).isEmpty();
        }
        assertThat(E2eStack.invite(m, "d@" + m.slug() + ".example", "supporter", village).status()).isEqualTo(201);
        assertThat(E2eStack.invite(m, "d@" + m.slug() + ".example", "supporter", village).status()).isEqualTo(409);
    }

    @Test
    void aColleagueOfAnotherMunicipalityCannotBeInvitedAgain() {
        E2eStack.Municipality a = E2eStack.municipality("ander-a", "Agelo");
        E2eStack.Municipality b = E2eStack.municipality("ander-b", "Beuningen");
        String email = "gedeeld@" + a.slug() + ".example";
        assertThat(E2eStack.invite(a, email, "supporter", a.villageIds().getFirst()).status()).isEqualTo(201);

        E2eStack.Response second = E2eStack.invite(b, email, "supporter", b.villageIds().getFirst());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("andere gemeente");
    }

    @Test
    void provisioningCreatesTheOrganizationAndOffboardingRemovesItWithItsLogins() {
        E2eStack.Municipality m = E2eStack.municipality("weg", "Mander");
        assertThat(organization(m.slug())).isNotNull();
        assertThat(E2eStack.realm().users().searchByEmail(m.admin(), true)).hasSize(1);

        E2eStack.Response offboarded = E2eStack.call("DELETE", "/api/v1/municipalities/" + m.slug(),
                E2eStack.platformAdminToken(), null);

        assertThat(offboarded.status()).as(offboarded.body()).isEqualTo(200);
        assertThat(organization(m.slug())).isNull();
        assertThat(E2eStack.realm().users().searchByEmail(m.admin(), true)).isEmpty();
    }

    @Test
    void provisioningStoppedByKeycloakHalfWayIsCompletedByTheNextRun() {
        String slug = nl.naober.testing.TestIdentifiers.uniqueSlug("half");
        // an organization already holding the name makes Keycloak refuse the step
        OrganizationRepresentation blocker = new OrganizationRepresentation();
        blocker.setName("Gemeente " + slug);
        blocker.setAlias("blok-" + slug);
        E2eStack.realm().organizations().create(blocker).close();
        String platformAdmin = E2eStack.platformAdminToken();

        E2eStack.Response first = E2eStack.call("POST", "/api/v1/municipalities", platformAdmin, """
                {"slug": "%s", "name": "Gemeente %s", "cbsCode": "%s", "rsin": "%s"}""".formatted(slug, slug,
                nl.naober.testing.TestIdentifiers.randomCbsCode(), nl.naober.testing.TestIdentifiers.validRsin()));
        assertThat(first.status()).as(first.body()).isEqualTo(503);
        assertThat(first.json().get("detail").asString()).contains("niet afgerond");
        assertThat(E2eStack.call("GET", "/api/v1/municipalities/" + slug, platformAdmin, null).json()
                .get("status").asString()).isEqualTo("provisioning");

        String blockerId = organization("blok-" + slug).getId();
        E2eStack.realm().organizations().get(blockerId).delete().close();
        E2eStack.Response resumed = E2eStack.call("POST", "/api/v1/municipalities/" + slug + "/provisioning",
                platformAdmin, null);

        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("status").asString()).isEqualTo("active");
        assertThat(organization(slug)).isNotNull();
    }

    private static OrganizationRepresentation organization(String alias) {
        return E2eStack.realm().organizations().list(0, 10_000).stream().filter(o -> alias.equals(o.getAlias()))
                .findFirst().orElse(null);
    }

    private static JsonNode find(JsonNode list, String email) {
        for (JsonNode member : list) {
            if (member.get("email").asString().equals(email)) {
                return member;
            }
        }
        throw new AssertionError("No " + email + " in " + list);
    }
}
