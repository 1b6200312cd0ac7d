package nl.naober.platform.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.dataprotection.RetentionRun;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Initiatives, associations and activities through the API: behaviour, who reaches what, bad input,
 * the audit trail of contact persons (read from the municipality's audit table), the statistics for
 * the reports and the retention of the contact log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityStatistics activityStatistics;

    @Autowired
    InitiativeStatistics initiativeStatistics;

    @Autowired
    RetentionRun retention;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "samenleving");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void anInitiativeMovesThroughItsStatusesWithHistoryAndCollectsSupportWithAmountsInEuros() {
        String id = initiative(anna, denekamp, "Jeu de boules-baan");

        JsonNode prepared = ok(api.post(initiatives() + "/" + id + "/status-changes", anna.token(),
                "{\"status\": \"in-preparation\", \"on\": \"%s\", \"reason\": \"Plek gevonden\"}".formatted(today())), 201);
        assertThat(prepared.get("status").asString()).isEqualTo("in-preparation");
        ok(api.post(initiatives() + "/" + id + "/support", anna.token(),
                "{\"kind\": \"advice\", \"minutes\": 45, \"note\": \"Over de vergunning\"}"), 201);
        ok(api.post(initiatives() + "/" + id + "/support", anna.token(), """
                {"kind": "funding-application", "givenOn": "%s", "minutes": 90, "requestedAmount": 2500.5}"""
                .formatted(today().minusDays(1))), 201);
        JsonNode granted = ok(api.post(initiatives() + "/" + id + "/support", anna.token(),
                "{\"kind\": \"funding-application\", \"minutes\": 0, \"grantedAmount\": 2000}"), 201);

        assertThat(granted.get("support")).hasSize(3);
        assertThat(granted.get("supportMinutes").asInt()).isEqualTo(135);
        assertThat(granted.get("requestedAmount").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(granted.get("grantedAmount").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(jdbc.sql("select requested_amount from " + schema() + ".initiative_support where requested_amount"
                + " is not null").query(BigDecimal.class).single()).isEqualTo(new BigDecimal("2500.50"));

        ok(api.post(initiatives() + "/" + id + "/status-changes", anna.token(), "{\"status\": \"active\"}"), 201);
        JsonNode stopped = ok(api.post(initiatives() + "/" + id + "/status-changes", anna.token(),
                "{\"status\": \"stopped\", \"reason\": \"Geen vrijwilligers meer\"}"), 201);
        assertThat(stopped.get("open").asBoolean()).isFalse();
        assertThat(stopped.get("history").findValuesAsString("status"))
                .containsExactly("idea", "in-preparation", "active", "stopped");
        assertThat(stopped.get("history").get(3).get("note").asString()).isEqualTo("Geen vrijwilligers meer");

        ApiClient.Response again = api.post(initiatives() + "/" + id + "/status-changes", anna.token(),
                "{\"status\": \"active\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(workspace.count("initiative_status_change")).isEqualTo(4);

        JsonNode list = ok(api.get(initiatives(), anna.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("supportEntries").asInt()).isEqualTo(3);
        assertThat(list.get(0).get("status").asString()).isEqualTo("stopped");
        assertThat(ok(api.get(initiatives(), bert.token()), 200)).isEmpty();
    }

    @Test
    void invalidInitiativesStatusChangesAndSupportGetDutchMessagesAtEveryFieldAndNothingIsSaved() {
        ApiClient.Response refused = api.post(initiatives(), anna.token(), """
                {"village": "%s", "name": " ", "initiators": "gemeente", "theme": "bestaat-niet", "status": "bijna",
                 "statusOn": "%s"}""".formatted(ootmarsum, today().plusDays(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("village", "name", "initiators", "theme",
                "status", "statusOn");
        assertThat(refused.body()).contains("U werkt niet in dit dorp", "Vul een naam in",
                "geen van de mogelijke keuzes", "niet in de toekomst");
        assertThat(workspace.count("initiative")).isZero();

        String id = initiative(anna, denekamp, "Moestuin");
        ApiClient.Response status = api.post(initiatives() + "/" + id + "/status-changes", anna.token(),
                "{\"status\": \"idea\", \"on\": \"%s\"}".formatted(today().minusYears(1)));
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.invalidFields()).containsExactlyInAnyOrder("status", "on");
        assertThat(status.body()).contains("heeft deze stand al", "niet voor de huidige stand");
        assertThat(api.post(initiatives() + "/" + id + "/status-changes", anna.token(), "{}").invalidFields())
                .containsExactly("status");

        ApiClient.Response support = api.post(initiatives() + "/" + id + "/support", anna.token(), """
                {"kind": "advice", "givenOn": "gisteren", "minutes": 3000, "requestedAmount": 10}""");
        assertThat(support.status()).isEqualTo(400);
        assertThat(support.invalidFields()).containsExactlyInAnyOrder("givenOn", "minutes", "requestedAmount");
        assertThat(support.body()).contains("alleen bij een subsidieaanvraag", "van 0 tot en met 2.400");
        ApiClient.Response amounts = api.post(initiatives() + "/" + id + "/support", anna.token(), """
                {"kind": "funding-application", "minutes": 10, "requestedAmount": 10.555, "grantedAmount": -1}""");
        assertThat(amounts.invalidFields()).containsExactly("requestedAmount", "grantedAmount");
        assertThat(amounts.body()).contains("hoogstens twee cijfers achter de komma");
        ApiClient.Response noAmount = api.post(initiatives() + "/" + id + "/support", anna.token(),
                "{\"kind\": \"funding-application\", \"minutes\": 10}");
        assertThat(noAmount.invalidFields()).containsExactly("requestedAmount");
        assertThat(api.post(initiatives() + "/" + id + "/support", anna.token(), "{}").invalidFields())
                .containsExactlyInAnyOrder("kind", "minutes");
        assertThat(workspace.count("initiative_support")).isZero();
        assertThat(workspace.count("initiative_status_change")).isEqualTo(1);
    }

    @Test
    void theAdministratorAndPolicyOfficerReadInitiativesAndActivitiesAsFiguresWithoutTheSupportersText() {
        String id = initiative(anna, denekamp, "Buurtbus");
        ok(api.post(initiatives() + "/" + id + "/support", anna.token(),
                "{\"kind\": \"space\", \"minutes\": 30, \"note\": \"Geheime notitie\"}"), 201);
        String activity = activity(anna, denekamp, "Koffieochtend", "\"note\": \"Notitie van Anna\"");

        for (String role : List.of("municipal-admin", "policy-officer")) {
            String token = workspace.colleague(role).token();
            JsonNode initiative = ok(api.get(initiatives() + "/" + id, token), 200);
            assertThat(initiative.get("name").asString()).isEqualTo("Buurtbus");
            assertThat(initiative.get("supportMinutes").asInt()).isEqualTo(30);
            assertThat(initiative.toString()).doesNotContain("Geheime notitie", "Een groep bewoners");
            assertThat(ok(api.get(initiatives(), token), 200)).hasSize(1);
            JsonNode seen = ok(api.get(activities() + "/" + activity, token), 200);
            assertThat(seen.get("participants").asInt()).isEqualTo(12);
            assertThat(seen.has("note")).isFalse();
            assertThat(ok(api.get(activities(), token), 200).get("activities").asInt()).isEqualTo(1);
            assertThat(api.post(initiatives(), token, "{\"name\": \"x\"}").status()).as(role).isEqualTo(403);
            assertThat(api.post(activities(), token, "{}").status()).as(role).isEqualTo(403);
            assertThat(api.get(associations(), token).status()).as(role).isEqualTo(403);
        }
        assertThat(ok(api.get(initiatives() + "/" + id, anna.token()), 200).get("description").asString())
                .isEqualTo("Een groep bewoners wil een buurtbus");
        for (String role : List.of("sounding-board", "wmo-consultant", "privacy-officer")) {
            String token = role.equals("sounding-board") ? workspace.colleague(role, denekamp).token()
                    : workspace.colleague(role).token();
            for (String path : List.of(initiatives(), initiatives() + "/" + id, activities(),
                    activities() + "/" + activity, associations())) {
                assertThat(api.get(path, token).status()).as(role + " " + path).isEqualTo(403);
            }
        }
        assertThat(api.get(initiatives() + "/" + id, bert.token()).status()).isEqualTo(404);
        assertThat(api.get(activities() + "/" + activity, bert.token()).status()).isEqualTo(404);
        assertThat(api.post(initiatives() + "/" + id + "/support", bert.token(),
                "{\"kind\": \"advice\", \"minutes\": 5}").status()).isEqualTo(404);
        assertThat(api.post(initiatives() + "/" + id + "/status-changes", bert.token(),
                "{\"status\": \"active\"}").status()).isEqualTo(404);
        assertThat(ok(api.get(activities(), bert.token()), 200).get("items")).isEmpty();
        Workspace elsewhere = Workspace.create(api, jdbc, "elders");
        String foreign = elsewhere.colleague("supporter", elsewhere.village("Elders")).token();
        assertThat(api.get(initiatives() + "/" + id, foreign).status()).isEqualTo(403);
        assertThat(api.get(elsewhere.base() + "/initiatives/" + id, foreign).status()).isEqualTo(404);
    }

    @Test
    void anAssociationsContactPersonsAreEncryptedSeenOnlyInItsVillagesAndEveryReadAndChangeIsAudited() {
        ApiClient.Response created = api.post(associations(), anna.token(),
                "{\"name\": \"Voetbalvereniging DOS\", \"kind\": \"sport\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("villages").get(0).get("name").asString()).isEqualTo("Denekamp");

        JsonNode person = ok(api.post(associations() + "/" + id + "/contact-persons", anna.token(), """
                {"name": "Henk Smit", "role": "secretaris", "phone": "0541 123456", "email": "Henk@DOS.example"}"""),
                201);
        assertThat(person.get("email").asString()).isEqualTo("henk@dos.example");
        ok(api.post(associations() + "/" + id + "/contacts", anna.token(), """
                {"date": "%s", "channel": "phone", "subject": "Beweegochtend", "summary": "Henk wil een beweegochtend",
                 "followUpOn": "%s"}""".formatted(today(), today().plusDays(14))), 201);
        Map<String, Object> stored = jdbc.sql("select name_enc, phone_enc, email_enc from " + schema()
                + ".association_contact_person").query().singleRow();
        assertThat(stored.values()).allSatisfy(v -> assertThat(v.toString()).startsWith("v1.").doesNotContain("Henk",
                "0541"));
        assertThat(jdbc.sql("select summary_enc from " + schema() + ".association_contact").query(String.class)
                .single()).doesNotContain("Henk");

        JsonNode list = ok(api.get(associations(), anna.token()), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("contactPersons").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("nextFollowUpOn").asString()).isEqualTo(today().plusDays(14).toString());
        assertThat(list.toString()).doesNotContain("Henk");
        JsonNode opened = ok(api.get(associations() + "/" + id, anna.token()), 200);
        assertThat(opened.get("contactPersons").get(0).get("name").asString()).isEqualTo("Henk Smit");
        assertThat(opened.get("contacts").get(0).get("summary").asString()).isEqualTo("Henk wil een beweegochtend");

        assertThat(api.get(associations() + "/" + id, bert.token()).status()).isEqualTo(404);
        assertThat(api.post(associations() + "/" + id + "/contact-persons", bert.token(), "{\"name\": \"X\"}")
                .status()).isEqualTo(404);
        assertThat(api.delete(associations() + "/" + id + "/contact-persons/" + person.get("id").asString(),
                bert.token()).status()).isEqualTo(404);
        assertThat(ok(api.get(associations(), bert.token()), 200)).isEmpty();

        ApiClient.Response removed = api.delete(associations() + "/" + id + "/contact-persons/"
                + person.get("id").asString(), anna.token());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(workspace.count("association_contact_person")).isZero();
        assertThat(api.delete(associations() + "/" + id + "/contact-persons/" + person.get("id").asString(),
                anna.token()).status()).isEqualTo(404);

        assertThat(audited("READ", "association")).isEqualTo(1);
        assertThat(audited("CREATE", "association-contact-person")).isEqualTo(1);
        assertThat(audited("DELETE", "association-contact-person")).isEqualTo(1);
        assertThat(audited("CREATE", "association-contact")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from " + schema() + ".audit_event where detail like '%Henk%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAssociationCanWorkInSeveralOfHerVillagesAndIsSeenFromEach() {
        Workspace.Colleague both = workspace.colleague("supporter", denekamp, ootmarsum);
        ApiClient.Response none = api.post(associations(), both.token(), "{\"name\": \"Dorpshuis\", \"kind\": \"village-hall\"}");
        assertThat(none.invalidFields()).containsExactly("villages");
        JsonNode created = ok(api.post(associations(), both.token(), """
                {"name": "Zangkoor Eendracht", "kind": "culture", "villages": ["%s", "%s"]}"""
                .formatted(denekamp, ootmarsum)), 201);
        assertThat(created.get("villages").findValuesAsString("name")).containsExactly("Denekamp", "Ootmarsum");
        assertThat(ok(api.get(associations(), anna.token()), 200)).hasSize(1);
        assertThat(ok(api.get(associations(), bert.token()), 200)).hasSize(1);
        assertThat(api.post(associations(), anna.token(), """
                {"name": "Zangkoor", "kind": "culture", "villages": ["%s", "%s"]}""".formatted(denekamp, ootmarsum))
                .invalidFields()).containsExactly("villages");
    }

    @Test
    void invalidAssociationsContactPersonsAndContactsGetDutchMessagesAndNothingIsSaved() {
        ApiClient.Response refused = api.post(associations(), anna.token(),
                "{\"name\": \"\", \"kind\": \"schaakclub\", \"villages\": [\"%s\"]}".formatted(ootmarsum));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("name", "kind", "villages");
        assertThat(workspace.count("association")).isZero();

        String id = ok(api.post(associations(), anna.token(), "{\"name\": \"Oranjevereniging\", \"kind\": \"other\"}"),
                201).get("id").asString();
        ApiClient.Response person = api.post(associations() + "/" + id + "/contact-persons", anna.token(),
                "{\"name\": \"\", \"role\": \"%s\", \"phone\": \"bel me\", \"email\": \"geen-adres\"}".formatted("x".repeat(81)));
        assertThat(person.status()).isEqualTo(400);
        assertThat(person.invalidFields()).containsExactlyInAnyOrder("name", "role", "phone", "email");
        assertThat(person.body()).contains("Vul een naam in", "hoogstens 80");
        ApiClient.Response contact = api.post(associations() + "/" + id + "/contacts", anna.token(), """
                {"date": "%s", "channel": "duif", "subject": "", "followUpOn": "%s"}"""
                .formatted(today().plusDays(2), today().plusYears(3)));
        assertThat(contact.status()).isEqualTo(400);
        assertThat(contact.invalidFields()).containsExactlyInAnyOrder("date", "channel", "subject", "followUpOn");
        ApiClient.Response before = api.post(associations() + "/" + id + "/contacts", anna.token(), """
                {"date": "%s", "channel": "visit", "subject": "Koningsdag", "followUpOn": "%s"}"""
                .formatted(today(), today().minusDays(1)));
        assertThat(before.invalidFields()).containsExactly("followUpOn");
        assertThat(before.body()).contains("niet voor het contact");
        assertThat(workspace.count("association_contact_person")).isZero();
        assertThat(workspace.count("association_contact")).isZero();
        assertThat(audited("CREATE", "association-contact-person")).isZero();
    }

    @Test
    void anActivityIsRegisteredWithItsCountsAndLinksAndTheListSumsItsPeriod() {
        String initiative = initiative(anna, denekamp, "Repair Café Denekamp");
        String association = ok(api.post(associations(), anna.token(),
                "{\"name\": \"Dorpshuis De Kolk\", \"kind\": \"village-hall\"}"), 201).get("id").asString();
        JsonNode created = ok(api.post(activities(), anna.token(), """
                {"kind": "repair-cafe", "title": "Repair Café", "heldOn": "%s", "participants": 23, "volunteers": 5,
                 "volunteerHours": 15, "supporterMinutes": 60, "initiative": "%s", "association": "%s",
                 "note": "Veel koffiezetapparaten"}""".formatted(today(), initiative, association)), 201);
        assertThat(created.get("village").asString()).isEqualTo(denekamp);
        assertThat(created.get("initiative").get("name").asString()).isEqualTo("Repair Café Denekamp");
        assertThat(created.get("association").get("name").asString()).isEqualTo("Dorpshuis De Kolk");
        activity(anna, denekamp, "Wandeling", "\"heldOn\": \"%s\"".formatted(today().minusDays(366)));
        activity(anna, denekamp, "Koffieochtend", "\"heldOn\": \"%s\"".formatted(today().minusDays(7)));

        JsonNode lastYear = ok(api.get(activities(), anna.token()), 200);
        assertThat(lastYear.get("activities").asInt()).isEqualTo(2);
        assertThat(lastYear.get("participants").asInt()).isEqualTo(35);
        assertThat(lastYear.get("volunteerHours").asInt()).isEqualTo(15 + 3);
        assertThat(lastYear.get("items").findValuesAsString("title")).containsExactly("Repair Café", "Koffieochtend");
        JsonNode all = ok(api.get(activities() + "?from=" + today().minusYears(2) + "&to=" + today(), anna.token()), 200);
        assertThat(all.get("activities").asInt()).isEqualTo(3);
        assertThat(api.get(activities() + "?from=morgen", anna.token()).invalidFields()).containsExactly("from");
        assertThat(api.get(activities() + "?from=" + today() + "&to=" + today().minusDays(1), anna.token())
                .invalidFields()).containsExactly("from");
        assertThat(ok(api.get(initiatives() + "/" + initiative, anna.token()), 200).get("activities").asInt())
                .isEqualTo(1);
        assertThat(ok(api.get(associations() + "/" + association, anna.token()), 200).get("activities").asInt())
                .isEqualTo(1);
    }

    @Test
    void invalidActivitiesGetDutchMessagesAtEveryFieldAndNothingIsSaved() {
        String otherInitiative = initiative(bert, ootmarsum, "Ootmarsumse moestuin");
        String otherAssociation = ok(api.post(associations(), bert.token(),
                "{\"name\": \"Harmonie Ootmarsum\", \"kind\": \"culture\"}"), 201).get("id").asString();
        ApiClient.Response refused = api.post(activities(), anna.token(), """
                {"kind": "bingo", "title": "", "heldOn": "%s", "participants": -1, "volunteers": 1001,
                 "volunteerHours": 20000, "supporterMinutes": 1441, "initiative": "%s", "association": "%s",
                 "note": "%s"}""".formatted(today().plusDays(1), otherInitiative, otherAssociation, "x".repeat(1001)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("kind", "title", "heldOn", "participants",
                "volunteers", "volunteerHours", "supporterMinutes", "initiative", "association", "note");
        assertThat(refused.body()).contains("geen van de mogelijke keuzes", "Geef de activiteit een titel",
                "niet in de toekomst", "van 0 tot en met 10.000", "niet gevonden in het dorp van de activiteit");

        ApiClient.Response missing = api.post(activities(), anna.token(), "{}");
        assertThat(missing.invalidFields()).containsExactlyInAnyOrder("kind", "title", "heldOn", "participants");
        ApiClient.Response tooOld = api.post(activities(), anna.token(), """
                {"kind": "walk", "title": "Wandeling", "heldOn": "%s", "participants": 4, "volunteerHours": 3}"""
                .formatted(LocalDate.of(today().getYear() - 2, 12, 31)));
        assertThat(tooOld.invalidFields()).containsExactlyInAnyOrder("heldOn", "volunteerHours");
        assertThat(tooOld.body()).contains("vul eerst het aantal vrijwilligers in");
        ApiClient.Response tooManyHours = api.post(activities(), anna.token(), """
                {"kind": "walk", "title": "Wandeling", "heldOn": "%s", "participants": 4, "volunteers": 2,
                 "volunteerHours": 49}""".formatted(today()));
        assertThat(tooManyHours.invalidFields()).containsExactly("volunteerHours");
        ApiClient.Response notHers = api.post(activities(), anna.token(), """
                {"village": "%s", "kind": "walk", "title": "Wandeling", "heldOn": "%s", "participants": 4}"""
                .formatted(ootmarsum, today()));
        assertThat(notHers.invalidFields()).containsExactly("village");
        assertThat(workspace.count("activity")).isZero();
    }

    @Test
    void theStatisticsSumActivitiesAndInitiativesPerVillageAndPeriodWithoutText() {
        String initiative = initiative(anna, denekamp, "Ommetje");
        ok(api.post(initiatives() + "/" + initiative + "/status-changes", anna.token(), "{\"status\": \"active\"}"), 201);
        ok(api.post(initiatives() + "/" + initiative + "/support", anna.token(),
                "{\"kind\": \"funding-application\", \"minutes\": 30, \"requestedAmount\": 750.25, \"grantedAmount\": 500}"),
                201);
        initiative(bert, ootmarsum, "Dorpsfeest");
        activity(anna, denekamp, "Koffieochtend", "\"supporterMinutes\": 45");
        activity(anna, denekamp, "Koffieochtend", "\"supporterMinutes\": 15");
        activity(anna, denekamp, "Oud", "\"heldOn\": \"%s\"".formatted(today().minusDays(40)));
        TenantId tenant = TenantId.of(workspace.slug());

        List<ActivityStatistics.ActivityFigures> activityFigures = TenantContext.supplyAs(tenant,
                () -> activityStatistics.perVillageAndKind(List.of(java.util.UUID.fromString(denekamp),
                        java.util.UUID.fromString(ootmarsum)), today().minusDays(30), today()));
        assertThat(activityFigures).containsExactly(new ActivityStatistics.ActivityFigures(
                java.util.UUID.fromString(denekamp), "coffee-morning", 2, 24, 4, 6, 60));

        List<InitiativeStatistics.InitiativeFigures> initiativeFigures = TenantContext.supplyAs(tenant,
                () -> initiativeStatistics.perVillage(List.of(java.util.UUID.fromString(denekamp),
                        java.util.UUID.fromString(ootmarsum)), today().minusDays(30), today()));
        assertThat(initiativeFigures).hasSize(2);
        InitiativeStatistics.InitiativeFigures ours = initiativeFigures.stream()
                .filter(f -> f.village().toString().equals(denekamp)).findFirst().orElseThrow();
        assertThat(ours.byStatusNow()).isEqualTo(Map.of("active", 1L));
        assertThat(ours.reachedInPeriod()).isEqualTo(Map.of("idea", 1L, "active", 1L));
        assertThat(ours.supported()).isEqualTo(1);
        assertThat(ours.supportMinutes()).isEqualTo(30);
        assertThat(ours.requestedAmount()).isEqualTo(new BigDecimal("750.25"));
        assertThat(ours.grantedAmount()).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void theContactLogLosesItsTextsAfterTheRetentionWhileDateAndChannelStay() {
        String id = ok(api.post(associations(), anna.token(), "{\"name\": \"Ouderenbond\", \"kind\": \"elderly\"}"),
                201).get("id").asString();
        ok(api.post(associations() + "/" + id + "/contacts", anna.token(), """
                {"date": "%s", "channel": "visit", "subject": "Oud overleg", "summary": "Met Gerrit besproken"}"""
                .formatted(today().minusMonths(25))), 201);
        ok(api.post(associations() + "/" + id + "/contacts", anna.token(),
                "{\"channel\": \"email\", \"subject\": \"Nieuw overleg\"}"), 201);

        retention.runFor(TenantId.of(workspace.slug()), today());

        JsonNode log = ok(api.get(associations() + "/" + id, anna.token()), 200).get("contacts");
        assertThat(log.get(0).get("subject").asString()).isEqualTo("Nieuw overleg");
        assertThat(log.get(1).get("date").asString()).isEqualTo(today().minusMonths(25).toString());
        assertThat(log.get(1).get("channel").asString()).isEqualTo("visit");
        assertThat(log.get(1).get("textRemoved").asBoolean()).isTrue();
        assertThat(log.get(1).has("subject") && !log.get(1).get("subject").isNull()).isFalse();
        assertThat(audited("ANONYMISE", "association-contact")).isEqualTo(1);
        retention.runFor(TenantId.of(workspace.slug()), today());
        assertThat(audited("ANONYMISE", "association-contact")).isEqualTo(1);
    }

    private String initiative(Workspace.Colleague who, String village, String name) {
        ApiClient.Response created = api.post(initiatives(), who.token(), """
                {"village": "%s", "name": "%s", "description": "Een groep bewoners wil een buurtbus",
                 "initiators": "residents", "theme": "eenzaamheid"}""".formatted(village, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** An activity of today with 12 participants and 2 volunteers for 3 hours; {@code extra} overrides. */
    private String activity(Workspace.Colleague who, String village, String title, String extra) {
        String heldOn = extra.contains("heldOn") ? "" : "\"heldOn\": \"" + today() + "\", ";
        ApiClient.Response created = api.post(activities(), who.token(), """
                {"village": "%s", "kind": "coffee-morning", "title": "%s", %s"participants": 12, "volunteers": 2,
                 "volunteerHours": 3, %s}""".formatted(village, title, heldOn, extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private int audited(String action, String recordType) {
        return jdbc.sql("select count(*) from " + schema() + ".audit_event where action = ? and record_type = ?")
                .params(action, recordType).query(Integer.class).single();
    }

    private static JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private String initiatives() {
        return workspace.base() + "/initiatives";
    }

    private String associations() {
        return workspace.base() + "/associations";
    }

    private String activities() {
        return workspace.base() + "/activities";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
