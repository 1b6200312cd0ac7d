package nl.naober.platform.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Convert;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.privacy.EncryptedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "verwijzing");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void aReferralWithoutConsentIsRefusedAtTheConsentFieldsAndNothingIsSaved() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");

        ApiClient.Response refused = api.post(referralsOf(resident), anna.token(), """
                {"targetName": "Praktijkondersteuner huisarts", "targetKind": "professional"}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("consent.what", "consent.recipient", "consent.givenOn",
                "consent.form");
        assertThat(refused.body()).contains("zonder toestemming wordt niets opgeslagen");

        ApiClient.Response incomplete = api.post(referralsOf(resident), anna.token(), """
                {"targetName": "Praktijkondersteuner huisarts", "targetKind": "professional",
                 "consent": {"what": "naam en hulpvraag", "recipient": "POH", "givenOn": "%s"}}""".formatted(today()));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.invalidFields()).containsExactly("consent.form");
        assertThat(incomplete.body()).contains("mondeling");

        assertThat(workspace.count("referral")).isZero();
        assertThat(workspace.count("referral_outcome")).isZero();
    }

    @Test
    void aReferralWithConsentIsSavedWithItsConsentAndOpensItsHistory() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");

        ApiClient.Response created = refer(resident, "Thuiszorg Noord", "organisation");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/referrals/" + created.json().get("id").asString());
        JsonNode referral = api.get(workspace.base() + "/referrals/" + created.json().get("id").asString(),
                anna.token()).json();
        assertThat(referral.get("status").asString()).isEqualTo("sent");
        assertThat(referral.get("targetKind").asString()).isEqualTo("organisation");
        assertThat(referral.get("resident").get("id").asString()).isEqualTo(resident);
        JsonNode consent = referral.get("consent");
        assertThat(consent.get("what").asString()).isEqualTo("naam, telefoonnummer en de hulpvraag");
        assertThat(consent.get("recipient").asString()).isEqualTo("Thuiszorg Noord");
        assertThat(consent.get("givenOn").asString()).isEqualTo(today().toString());
        assertThat(consent.get("form").asString()).isEqualTo("verbal");
        assertThat(consent.get("recordedBy").asString()).isEqualTo(anna.memberId());
        assertThat(referral.get("history")).hasSize(1);
        assertThat(referral.get("history").get(0).get("status").asString()).isEqualTo("sent");
        assertThat(workspace.count("referral")).isEqualTo(1);
        String schema = TenantId.of(workspace.slug()).schema();
        assertThat(jdbc.sql("select consent_form from " + schema + ".referral").query(String.class).single())
                .isEqualTo("VERBAL");
    }

    @Test
    void outcomesAreKeptAsAHistoryAndAClosedReferralTakesNoMore() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");
        String referral = refer(resident, "Maatschappelijk werk", "organisation").json().get("id").asString();
        String outcomes = workspace.base() + "/referrals/" + referral + "/outcomes";

        ApiClient.Response accepted = api.post(outcomes, anna.token(),
                "{\"status\": \"accepted\", \"note\": \"Intake gepland\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        ApiClient.Response completed = api.post(outcomes, anna.token(), """
                {"status": "completed", "note": "Traject afgerond, mevrouw is tevreden", "date": "%s"}"""
                .formatted(today()));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);

        JsonNode shown = api.get(workspace.base() + "/referrals/" + referral, anna.token()).json();
        assertThat(shown.get("status").asString()).isEqualTo("completed");
        assertThat(shown.get("open").asBoolean()).isFalse();
        List<String> steps = new ArrayList<>();
        shown.get("history").forEach(h -> steps.add(h.get("status").asString()));
        assertThat(steps).containsExactly("sent", "accepted", "completed");
        assertThat(shown.get("history").get(2).get("note").asString()).isEqualTo("Traject afgerond, mevrouw is tevreden");

        ApiClient.Response again = api.post(outcomes, anna.token(), "{\"status\": \"declined\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("al afgesloten");
        assertThat(workspace.count("referral_outcome")).isEqualTo(3);
    }

    @Test
    void herListShowsOpenReferralsFirstWithPseudonymsOnly() {
        String resident = resident(anna, denekamp, "Hendrika Mensink");
        String done = refer(resident, "Voedselbank", "volunteer-organisation").json().get("id").asString();
        api.post(workspace.base() + "/referrals/" + done + "/outcomes", anna.token(), "{\"status\": \"no-show\"}");
        String open = refer(resident, "Schuldhulpverlening", "municipality-service").json().get("id").asString();
        refer(resident(bert, ootmarsum, "Bertus Olde Kalter"), "Fysiotherapie", "professional", bert);

        JsonNode list = api.get(workspace.base() + "/referrals", anna.token()).json();

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asString()).isEqualTo(open);
        assertThat(list.get(0).get("open").asBoolean()).isTrue();
        assertThat(list.get(1).get("id").asString()).isEqualTo(done);
        assertThat(list.get(0).get("resident").get("pseudonym").asString()).startsWith("INW-");
        assertThat(list.toString()).doesNotContain("Mensink", "Hendrika", "Olde Kalter");
        assertThat(api.get(referralsOf(resident), anna.token()).json()).hasSize(2);
    }

    @Test
    void aReferralMayComeFromAContactOfTheSameResidentOnly() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");
        String other = resident(anna, denekamp, "Aaltje Velthuis");
        String contact = contactWith(resident);

        ApiClient.Response wrong = api.post(referralsOf(other), anna.token(), body("Wijkverpleging", "organisation",
                ", \"contactId\": \"" + contact + "\""));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.invalidFields()).containsExactly("contactId");

        ApiClient.Response linked = api.post(referralsOf(resident), anna.token(), body("Wijkverpleging",
                "organisation", ", \"contactId\": \"" + contact + "\""));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("contactId").asString()).isEqualTo(contact);
    }

    @Test
    void aSupporterReachesOnlyReferralsOfHerOwnVillages() {
        String residentOfBert = resident(bert, ootmarsum, "Bertus Olde Kalter");
        String referralOfBert = refer(residentOfBert, "Fysiotherapie", "professional", bert).json().get("id").asString();

        assertThat(api.post(referralsOf(residentOfBert), anna.token(), body("Huisarts", "professional", ""))
                .status()).isEqualTo(404);
        assertThat(api.get(referralsOf(residentOfBert), anna.token()).status()).isEqualTo(404);
        assertThat(api.get(workspace.base() + "/referrals/" + referralOfBert, anna.token()).status()).isEqualTo(404);
        assertThat(api.post(workspace.base() + "/referrals/" + referralOfBert + "/outcomes", anna.token(),
                "{\"status\": \"accepted\"}").status()).isEqualTo(404);
        assertThat(api.get(workspace.base() + "/referrals?village=" + ootmarsum, anna.token()).status())
                .isEqualTo(404);
        assertThat(api.get(workspace.base() + "/referrals", anna.token()).json()).isEmpty();
        assertThat(workspace.count("referral")).isEqualTo(1);
        assertThat(workspace.count("referral_outcome")).isEqualTo(1);
    }

    @Test
    void otherRolesOfTheMunicipalityReachNoReferrals() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");
        String referral = refer(resident, "Thuiszorg Noord", "organisation").json().get("id").asString();
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant")) {
            Workspace.Colleague colleague = role.equals("sounding-board") ? workspace.colleague(role, denekamp)
                    : workspace.colleague(role);
            for (String path : List.of("/referrals", "/referrals/" + referral, "/residents/" + resident + "/referrals")) {
                ApiClient.Response response = api.get(workspace.base() + path, colleague.token());
                assertThat(response.status()).as(role + " " + path).isEqualTo(403);
                assertThat(response.body()).doesNotContain("Thuiszorg");
            }
            assertThat(api.post(referralsOf(resident), colleague.token(), body("Huisarts", "professional", ""))
                    .status()).as(role).isEqualTo(403);
            assertThat(api.post(workspace.base() + "/referrals/" + referral + "/outcomes", colleague.token(),
                    "{\"status\": \"accepted\"}").status()).as(role).isEqualTo(403);
        }
        assertThat(api.get(workspace.base() + "/referrals", workspace.adminToken()).status()).isEqualTo(403);
    }

    @Test
    void invalidFieldsGetDutchMessagesAtTheFieldsAndNothingIsSaved() {
        String resident = resident(anna, denekamp, "Gerrit Velthuis");

        ApiClient.Response refused = api.post(referralsOf(resident), anna.token(), """
                {"targetName": " ", "targetKind": "dokter", "reason": "%s", "referredOn": "%s",
                 "consent": {"what": "alles", "recipient": "huisarts", "givenOn": "gisteren", "form": "telepathisch"}}"""
                .formatted("x".repeat(2001), today().plusDays(1)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).contains("targetName", "targetKind", "reason", "referredOn", "consent.givenOn",
                "consent.form");
        assertThat(refused.body()).contains("Vul in naar wie", "geen van de mogelijke keuzes", "hoogstens 2.000 tekens",
                "niet in de toekomst", "Vul een geldige datum in");

        ApiClient.Response lateConsent = api.post(referralsOf(resident), anna.token(), """
                {"targetName": "Huisarts", "targetKind": "professional", "referredOn": "%s",
                 "consent": {"what": "naam", "recipient": "huisarts", "givenOn": "%s", "form": "written"}}"""
                .formatted(today().minusDays(3), today()));
        assertThat(lateConsent.status()).isEqualTo(400);
        assertThat(lateConsent.invalidFields()).containsExactly("consent.givenOn");
        assertThat(workspace.count("referral")).isZero();

        String referral = refer(resident, "Thuiszorg Noord", "organisation").json().get("id").asString();
        ApiClient.Response badOutcome = api.post(workspace.base() + "/referrals/" + referral + "/outcomes",
                anna.token(), "{\"status\": \"sent\", \"date\": \"2001-01-01\", \"note\": \"\\u0000\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.invalidFields()).contains("status", "date", "note");
        assertThat(api.post(workspace.base() + "/referrals/" + referral + "/outcomes", anna.token(), "{}").body())
                .contains("Kies de nieuwe status");
        assertThat(workspace.count("referral_outcome")).isEqualTo(1);
    }

    @Test
    void aPathVariableThatIsNoIdIsABadRequest() {
        for (String path : List.of("/referrals/{referralId}", "/residents/{residentId}/referrals")) {
            ApiClient.Response response = api.get(workspace.base() + path.replace("{", "%7B").replace("}", "%7D"),
                    anna.token());
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void freeTextAndConsentAreMappedAsEncryptedColumns() throws NoSuchFieldException {
        for (var field : List.of(Referral.class.getDeclaredField("targetName"),
                Referral.class.getDeclaredField("targetContact"), Referral.class.getDeclaredField("reason"),
                ReferralOutcome.class.getDeclaredField("note"), ConsentRecord.class.getDeclaredField("what"),
                ConsentRecord.class.getDeclaredField("recipient"))) {
            assertThat(field.getAnnotation(Convert.class)).as(field.toString()).isNotNull();
            assertThat(field.getAnnotation(Convert.class).converter()).isEqualTo(EncryptedText.class);
        }
    }

    private ApiClient.Response refer(String resident, String target, String kind) {
        return refer(resident, target, kind, anna);
    }

    private ApiClient.Response refer(String resident, String target, String kind, Workspace.Colleague supporter) {
        ApiClient.Response created = api.post(referralsOf(resident), supporter.token(), body(target, kind, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private String body(String target, String kind, String extra) {
        return """
                {"targetName": "%s", "targetKind": "%s", "targetContact": "0541 123456", "reason": "Hulp bij de administratie",
                 "consent": {"what": "naam, telefoonnummer en de hulpvraag", "recipient": "%s", "givenOn": "%s",
                             "form": "verbal"}%s}""".formatted(target, kind, target, today(), extra);
    }

    private String resident(Workspace.Colleague supporter, String village, String name) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", supporter.token(),
                "{\"village\": \"" + village + "\", \"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contactWith(String resident) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"channel": "phone", "themes": ["gezondheid"], "route": "professional", "minutes": 15,
                 "function": "F16", "residentId": "%s"}""".formatted(resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String referralsOf(String resident) {
        return workspace.base() + "/residents/" + resident + "/referrals";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
