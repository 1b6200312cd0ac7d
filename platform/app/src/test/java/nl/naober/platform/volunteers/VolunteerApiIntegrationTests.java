package nl.naober.platform.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The volunteers API from the outside: register, VOG, matching, links, totals, settings, access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerApiIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "vrijwilligers");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void aSupporterRegistersAVolunteerTheListShowsAShortNameAndEveryReadAndChangeIsAudited() {
        ApiClient.Response created = api.post(volunteers(), anna.token(), """
                {"firstName": "Gerrit", "lastName": "Brinkman", "phone": "06 12345678", "email": "Gerrit@Example.nl",
                 "note": "heeft een auto", "consentToContact": true, "skills": ["vervoer", "klussen"],
                 "availability": ["tuesday-afternoon", "friday-morning"]}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("villages").toString()).contains(denekamp);
        assertThat(created.json().get("startedOn").asString()).isEqualTo(today().toString());
        assertThat(created.json().get("email").asString()).isEqualTo("gerrit@example.nl");
        JsonNode list = api.get(volunteers(), anna.token()).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Gerrit B.");
        assertThat(list.get(0).get("vogStatus").asString()).isEqualTo("none");
        assertThat(list.toString()).doesNotContain("Brinkman", "06 12345678");

        JsonNode shown = api.get(volunteers() + "/" + id, anna.token()).json();
        assertThat(shown.get("availability").toString()).contains("tuesday-afternoon", "friday-morning");
        assertThat(shown.get("hoursLink").get("active").asBoolean()).isFalse();
        ApiClient.Response changed = api.put(volunteers() + "/" + id, anna.token(), """
                {"firstName": "Gerrit", "lastName": "Brinkman", "consentToContact": false, "skills": ["tuin"],
                 "startedOn": "%s"}""".formatted(today().minusYears(1)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("skills").toString()).isEqualTo("[\"tuin\"]");
        assertThat(changed.json().get("phone").isNull()).isTrue();

        assertThat(auditActions("volunteer", id)).containsExactly("CREATE", "READ", "UPDATE");
        String stored = jdbc.sql("select first_name_enc || last_name_enc || coalesce(note_enc, '') from "
                + schema() + ".volunteer").query(String.class).single();
        assertThat(stored).doesNotContain("Gerrit", "Brinkman").startsWith("v1.");
    }

    @Test
    void invalidVolunteersGetDutchMessagesAtEveryFieldAndNothingIsSaved() {
        ApiClient.Response refused = api.post(volunteers(), anna.token(), """
                {"lastName": "%s", "phone": "bel maar", "email": "geen-adres", "villages": ["%s"],
                 "skills": ["toveren"], "availability": ["someday-noon"], "startedOn": "gisteren",
                 "endedOn": "2020-13-01"}""".formatted("x".repeat(81), ootmarsum));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("firstName", "lastName", "phone", "email",
                "consentToContact", "startedOn", "endedOn", "villages", "skills", "availability");
        assertThat(refused.body()).contains("Vul de voornaam van de vrijwilliger in", "U werkt niet in dit dorp",
                "geen van de mogelijke keuzes", "benaderd mag worden");
        ApiClient.Response noSkills = api.post(volunteers(), anna.token(), """
                {"firstName": "Gerrit", "consentToContact": true, "skills": [], "startedOn": "%s", "endedOn": "%s"}"""
                .formatted(today(), today().minusDays(1)));
        assertThat(noSkills.invalidFields()).containsExactlyInAnyOrder("skills", "endedOn");
        assertThat(workspace.count("volunteer")).isZero();
        assertThat(workspace.count("volunteer_skill")).isZero();
    }

    @Test
    void theRegisterIsTheSupportersOfHerVillagesAndNoOtherRoleReachesIt() {
        String gerrit = volunteer(anna, "Gerrit", List.of("vervoer"), List.of("tuesday-afternoon"));

        assertThat(api.get(volunteers() + "/" + gerrit, bert.token()).status()).isEqualTo(404);
        assertThat(api.put(volunteers() + "/" + gerrit, bert.token(), "{}").status()).isEqualTo(404);
        assertThat(api.post(volunteers() + "/" + gerrit + "/vogs", bert.token(), "{\"issuedOn\": \"2025-01-01\"}")
                .status()).isEqualTo(404);
        assertThat(api.post(volunteers() + "/" + gerrit + "/hours-link", bert.token(), "{}").status()).isEqualTo(404);
        assertThat(api.get(volunteers(), bert.token()).json()).isEmpty();
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant",
                "privacy-officer")) {
            Workspace.Colleague colleague = workspace.colleague(role, denekamp);
            for (String path : List.of("/volunteers", "/volunteers/" + gerrit, "/help-requests")) {
                assertThat(api.get(workspace.base() + path, colleague.token()).status()).as(role + path)
                        .isEqualTo(403);
            }
        }
        assertThat(auditActions("volunteer", gerrit)).containsExactly("CREATE");
    }

    @Test
    void matchingOffersOnlyWhoFitsRanksExactAvailabilityAndLowLoadFirstAndExplainsTheScore() {
        LocalDate tuesday = today().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        String exact = volunteer(anna, "Anneke", List.of("boodschappen"), List.of("tuesday-afternoon"));
        String dayOnly = volunteer(anna, "Bas", List.of("boodschappen"), List.of("tuesday-morning"));
        volunteer(anna, "Cor", List.of("tuin"), List.of("tuesday-afternoon"));
        volunteer(anna, "Dirk", List.of("boodschappen"), List.of("wednesday-afternoon"));
        String noConsent = register(anna, """
                {"firstName": "Els", "consentToContact": false, "skills": ["boodschappen"],
                 "availability": ["tuesday-afternoon"]}""");
        volunteer(bert, "Frits", List.of("boodschappen"), List.of("tuesday-afternoon"));
        String busy = volunteer(anna, "Gerda", List.of("boodschappen"), List.of("tuesday-afternoon"));
        String earlier = helpRequest(anna, contact(anna), "boodschappen", "boodschappen", tuesday, "morning");
        assertThat(api.post(helpRequests() + "/" + earlier + "/match", anna.token(),
                "{\"volunteerId\": \"" + busy + "\"}").status()).isEqualTo(200);

        String request = helpRequest(anna, contact(anna), "boodschappen", "boodschappen", tuesday, "afternoon");
        JsonNode view = api.get(helpRequests() + "/" + request, anna.token()).json();

        List<String> ranked = new ArrayList<>();
        view.get("candidates").forEach(c -> ranked.add(c.get("volunteerId").asString()));
        assertThat(ranked).containsExactly(exact, busy, dayOnly);
        JsonNode first = view.get("candidates").get(0);
        assertThat(first.get("exactAvailability").asBoolean()).isTrue();
        assertThat(first.get("reasons").toString()).contains("Kan op dinsdagmiddag", "0 keer gekoppeld");
        assertThat(view.get("candidates").get(1).get("recentMatches").asInt()).isEqualTo(1);
        assertThat(view.get("candidates").get(1).get("score").asInt()).isLessThan(first.get("score").asInt());
        assertThat(view.get("vogRequired").asBoolean()).isFalse();

        ApiClient.Response notAsked = api.post(helpRequests() + "/" + request + "/match", anna.token(),
                "{\"volunteerId\": \"" + noConsent + "\"}");
        assertThat(notAsked.status()).isEqualTo(400);
        assertThat(notAsked.invalidFields()).containsExactly("volunteerId");
        assertThat(notAsked.body()).contains("wil niet benaderd worden");

        ApiClient.Response matched = api.post(helpRequests() + "/" + request + "/match", anna.token(),
                "{\"volunteerId\": \"" + exact + "\"}");
        assertThat(matched.status()).as(matched.body()).isEqualTo(200);
        assertThat(matched.json().get("status").asString()).isEqualTo("matched");
        assertThat(matched.json().get("volunteerName").asString()).isEqualTo("Anneke V.");
        assertThat(api.post(helpRequests() + "/" + request + "/match", anna.token(),
                "{\"volunteerId\": \"" + dayOnly + "\"}").status()).isEqualTo(409);
        ApiClient.Response done = api.post(helpRequests() + "/" + request + "/status", anna.token(),
                "{\"status\": \"done\"}");
        assertThat(done.json().get("status").asString()).isEqualTo("done");
        assertThat(api.post(helpRequests() + "/" + request + "/status", anna.token(), "{\"status\": \"cancelled\"}")
                .status()).isEqualTo(409);
        assertThat(auditActions("help-request", request)).containsExactly("CREATE", "READ", "UPDATE", "UPDATE");
    }

    @Test
    void aVolunteerWhoseRequiredVogExpiredNeverAppearsAndCannotBeConfirmed() {
        LocalDate friday = today().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        String expired = volunteer(anna, "Harm", List.of("vervoer"), List.of("friday-morning"));
        String valid = volunteer(anna, "Ina", List.of("vervoer"), List.of("friday-morning"));
        String none = volunteer(anna, "Jan", List.of("vervoer"), List.of("friday-morning"));
        // three years by default: issued three years and a day before the ride, it has expired by then
        assertThat(vog(expired, friday.minusYears(3).minusDays(1)).json().get("validUntil").asString())
                .isEqualTo(friday.minusDays(1).toString());
        vog(valid, today().minusYears(1));

        String request = helpRequest(anna, contact(anna), "vervoer", "vervoer", friday, "morning");
        JsonNode view = api.get(helpRequests() + "/" + request, anna.token()).json();

        assertThat(view.get("vogRequired").asBoolean()).isTrue();
        List<String> offered = new ArrayList<>();
        view.get("candidates").forEach(c -> offered.add(c.get("volunteerId").asString()));
        assertThat(offered).containsExactly(valid);
        assertThat(view.get("candidates").get(0).get("reasons").toString()).contains("VOG");
        for (String refused : List.of(expired, none)) {
            ApiClient.Response response = api.post(helpRequests() + "/" + request + "/match", anna.token(),
                    "{\"volunteerId\": \"" + refused + "\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("Voor dit werk is een geldige VOG nodig");
        }
        assertThat(jdbc.sql("select status from " + schema() + ".help_request where id = ?::uuid").param(request)
                .query(String.class).single()).isEqualTo("OPEN");

        // the same volunteer is offered for work that needs no VOG
        String shopping = helpRequest(anna, contact(anna), "vervoer", "boodschappen", friday, "morning");
        assertThat(api.get(helpRequests() + "/" + shopping, anna.token()).json().get("candidates").toString())
                .contains(expired, none);
    }

    @Test
    void theVolunteerListAndStartPageDataShowVogsThatExpireWithinTheRenewalWindow() {
        String soon = volunteer(anna, "Karin", List.of("gezelschap"), List.of());
        String later = volunteer(anna, "Lies", List.of("gezelschap"), List.of());
        vog(soon, today().minusYears(3).plusMonths(1));
        vog(later, today().minusYears(1));

        JsonNode list = api.get(volunteers(), anna.token()).json();
        assertThat(statusOf(list, soon)).isEqualTo("expiring");
        assertThat(statusOf(list, later)).isEqualTo("valid");

        ApiClient.Response wrong = api.post(volunteers() + "/" + soon + "/vogs", anna.token(),
                "{\"issuedOn\": \"" + today().plusDays(1) + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.invalidFields()).containsExactly("issuedOn");
        assertThat(api.post(volunteers() + "/" + soon + "/vogs", anna.token(), "{}").invalidFields())
                .containsExactly("issuedOn");
        assertThat(workspace.count("volunteer_vog")).isEqualTo(2);
    }

    @Test
    void vogSettingsAreTheAdministratorsAndDecideValidityAndWhichWorkNeedsOne() {
        JsonNode defaults = api.get(workspace.base() + "/volunteer-settings", workspace.adminToken()).json();
        assertThat(defaults.get("vogValidityYears").asInt()).isEqualTo(3);
        assertThat(defaults.get("renewalWindowMonths").asInt()).isEqualTo(3);
        assertThat(defaults.get("workKinds").toString()).contains("\"kind\":\"huisbezoek\",\"label\":\"Huisbezoek\",\"vogRequired\":true");
        assertThat(api.get(workspace.base() + "/volunteer-settings", anna.token()).status()).isEqualTo(403);

        ApiClient.Response refused = api.put(workspace.base() + "/volunteer-settings", workspace.adminToken(),
                "{\"vogValidityYears\": 0, \"vogRequired\": [\"alles\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("vogValidityYears", "renewalWindowMonths",
                "vogRequired");
        assertThat(workspace.count("volunteer_settings")).isZero();

        ApiClient.Response changed = api.put(workspace.base() + "/volunteer-settings", workspace.adminToken(),
                "{\"vogValidityYears\": 2, \"renewalWindowMonths\": 6, \"vogRequired\": [\"boodschappen\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String gerrit = volunteer(anna, "Gerrit", List.of("boodschappen"), List.of());
        assertThat(vog(gerrit, today().minusMonths(1)).json().get("validUntil").asString())
                .isEqualTo(today().minusMonths(1).plusYears(2).toString());
        String request = helpRequest(anna, contact(anna), "boodschappen", "boodschappen", today().plusDays(1),
                "evening");
        assertThat(api.get(helpRequests() + "/" + request, anna.token()).json().get("vogRequired").asBoolean())
                .isTrue();
    }

    @Test
    void helpRequestsComeFromAContactOfHerVillageAndBadInputSavesNothing() {
        String bertsContact = contact(bert);
        ApiClient.Response refused = api.post(helpRequests(), anna.token(), """
                {"contactId": "%s", "skill": "toveren", "workKind": "", "neededOn": "%s", "partOfDay": "nacht",
                 "description": ""}""".formatted(bertsContact, today().minusDays(1)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("contactId", "skill", "workKind", "neededOn",
                "partOfDay", "description");
        assertThat(refused.body()).contains("Dit contact is niet gevonden in uw dorpen", "Kies de soort werk");
        assertThat(workspace.count("help_request")).isZero();

        String request = helpRequest(anna, contact(anna), "koken", "overig", today(), "evening");
        assertThat(api.get(helpRequests() + "/" + request, bert.token()).status()).isEqualTo(404);
        assertThat(api.post(helpRequests() + "/" + request + "/status", bert.token(), "{\"status\": \"cancelled\"}")
                .status()).isEqualTo(404);
        assertThat(api.post(helpRequests() + "/" + request + "/status", anna.token(), "{\"status\": \"done\"}")
                .status()).isEqualTo(409);
        assertThat(api.post(helpRequests() + "/" + request + "/status", anna.token(), "{\"status\": \"open\"}")
                .invalidFields()).containsExactly("status");
        assertThat(api.post(helpRequests() + "/" + request + "/match", anna.token(), "{}").invalidFields())
                .containsExactly("volunteerId");
        assertThat(api.get(helpRequests(), anna.token()).json().get(0).get("status").asString()).isEqualTo("open");
        assertThat(api.get(helpRequests(), anna.token()).json().toString()).doesNotContain("description");
    }

    @Test
    void aHoursLinkIsShownOnceStoredAsAHashAndReplacedOrRevoked() {
        String gerrit = volunteer(anna, "Gerrit", List.of("klussen"), List.of());

        ApiClient.Response first = api.post(volunteers() + "/" + gerrit + "/hours-link", anna.token(), "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Cache-Control")).contains("no-store");
        String token = first.json().get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.json().get("path").asString()).isEqualTo("/publiek/" + workspace.slug() + "/uren/" + token);
        String stored = jdbc.sql("select token_hash from " + schema() + ".volunteer_link").query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(token);
        assertThat(api.get(volunteers() + "/" + gerrit, anna.token()).json().toString()).doesNotContain(token);

        ApiClient.Response second = api.post(volunteers() + "/" + gerrit + "/hours-link", anna.token(),
                "{\"expiresOn\": \"" + today().plusMonths(6) + "\"}");
        assertThat(second.json().get("token").asString()).isNotEqualTo(token);
        assertThat(jdbc.sql("select count(*) from " + schema() + ".volunteer_link where revoked_at is null")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(api.post(volunteers() + "/" + gerrit + "/hours-link", anna.token(),
                "{\"expiresOn\": \"" + today().minusDays(1) + "\"}").invalidFields()).containsExactly("expiresOn");

        assertThat(api.delete(volunteers() + "/" + gerrit + "/hours-link", anna.token()).status()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from " + schema() + ".volunteer_link where revoked_at is null")
                .query(Integer.class).single()).isZero();
        assertThat(api.get(volunteers() + "/" + gerrit, anna.token()).json().get("hoursLink").get("active")
                .asBoolean()).isFalse();
    }

    @Test
    void totalsArePerVolunteerActivityAndMonthForTheSupporterAndWithoutNamesForTheAdministrator() {
        String gerrit = volunteer(anna, "Gerrit", List.of("klussen"), List.of());
        String frits = volunteer(bert, "Frits", List.of("klussen"), List.of());
        int year = today().getYear();
        hours(gerrit, denekamp, LocalDate.of(year, 1, 10), 6, "KLUSSEN");
        hours(gerrit, denekamp, LocalDate.of(year, 2, 10), 4, "VERVOER");
        hours(frits, ootmarsum, LocalDate.of(year, 2, 11), 8, "KLUSSEN");
        hours(frits, ootmarsum, LocalDate.of(year - 1, 2, 11), 8, "KLUSSEN");

        JsonNode annas = api.get(workspace.base() + "/volunteer-hours?year=" + year, anna.token()).json();
        assertThat(annas.get("totalHours").asString()).isEqualTo("2.5");
        assertThat(annas.get("perVolunteer").toString()).contains("Gerrit V.").doesNotContain("Frits");
        assertThat(annas.get("perActivity").toString()).contains("\"activity\":\"klussen\"", "\"hours\":1.5");
        assertThat(annas.get("perMonth").toString()).contains(year + "-01", year + "-02");

        JsonNode admins = api.get(workspace.base() + "/volunteer-hours?year=" + year, workspace.adminToken()).json();
        assertThat(admins.get("totalHours").asString()).isEqualTo("4.5");
        assertThat(admins.has("perVolunteer")).isFalse();
        assertThat(admins.toString()).doesNotContain("Gerrit", "Frits");
        assertThat(admins.get("perVillage").toString()).contains("Denekamp", "Ootmarsum");
        assertThat(api.get(workspace.base() + "/volunteer-hours?year=1999", anna.token()).invalidFields())
                .containsExactly("year");
        Workspace.Colleague policy = workspace.colleague("policy-officer");
        assertThat(api.get(workspace.base() + "/volunteer-hours", policy.token()).status()).isEqualTo(403);
    }

    @Test
    void aVolunteersExportHoldsAllHerDataForASupporterOfHerVillageWithoutTheResidentsOrTheTokenAndIsAudited()
            throws Exception {
        String gerrit = register(anna, """
                {"firstName": "Gerrit", "lastName": "Brinkman", "phone": "06 12345678", "note": "heeft een auto",
                 "consentToContact": true, "skills": ["vervoer"], "availability": ["tuesday-afternoon"],
                 "villages": ["%s"], "startedOn": "%s"}""".formatted(denekamp, today().minusYears(1)));
        vog(gerrit, today().minusMonths(1));
        String token = api.post(volunteers() + "/" + gerrit + "/hours-link", anna.token(), "{}").json().get("token")
                .asString();
        ApiClient.Response logged = api.send("POST", "/publiek/" + workspace.slug() + "/uren/" + token, null,
                "workedOn=" + today() + "&hours=2&activity=vervoer&note=naar+de+huisarts+gereden",
                "application/x-www-form-urlencoded");
        assertThat(logged.status()).as(logged.body()).isEqualTo(302);

        ApiClient.Response exported = api.get(volunteers() + "/" + gerrit + "/data-export", anna.token());

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(exported.header("Cache-Control")).contains("no-store");
        assertThat(exported.header("Content-Disposition")).contains("naober-gegevens-vrijwilliger-VRW-");
        JsonNode document = exported.json();
        assertThat(document.get("subjectType").asString()).isEqualTo("volunteer");
        assertThat(document.get("title").asString()).startsWith("Gegevens van vrijwilliger VRW-");
        String all = document.get("sections").toString();
        assertThat(all).contains("Gerrit", "Brinkman", "06 12345678", "heeft een auto", "Vervoer", "Denekamp",
                "naar de huisarts gereden", "Verklaring omtrent het gedrag (VOG)", "Persoonlijke link voor uren")
                .doesNotContain(token);
        assertThat(auditActions("volunteer", gerrit)).endsWith("EXPORT");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + volunteers() + "/"
                        + gerrit + "/data-export?format=pdf")).header("Authorization", "Bearer " + anna.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(read)).contains("Gerrit", "Brinkman",
                    "naar de huisarts gereden");
        }

        assertThat(api.get(volunteers() + "/" + gerrit + "/data-export", bert.token()).status()).isEqualTo(404);
        assertThat(api.get(volunteers() + "/" + gerrit + "/data-export", workspace.adminToken()).status())
                .isEqualTo(403);
        assertThat(auditActions("volunteer", gerrit).stream().filter("EXPORT"::equals)).hasSize(2);
    }

    private String statusOf(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asString().equals(id)) {
                return item.get("vogStatus").asString();
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private void hours(String volunteer, String village, LocalDate day, int quarters, String activity) {
        jdbc.sql("insert into " + schema() + ".volunteer_hours (id, volunteer_id, village_id, worked_on, quarters,"
                        + " activity, created_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?, ?, ?, now())")
                .params(volunteer, village, day, quarters, activity).update();
    }

    private ApiClient.Response vog(String volunteer, LocalDate issuedOn) {
        ApiClient.Response response = api.post(volunteers() + "/" + volunteer + "/vogs", anna.token(),
                "{\"issuedOn\": \"" + issuedOn + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private String volunteer(Workspace.Colleague supporter, String firstName, List<String> skills,
            List<String> availability) {
        return register(supporter, """
                {"firstName": "%s", "lastName": "Vrijwilliger", "consentToContact": true, "skills": %s,
                 "availability": %s, "startedOn": "%s"}""".formatted(firstName, json(skills), json(availability),
                today().minusYears(2)));
    }

    private String register(Workspace.Colleague supporter, String body) {
        ApiClient.Response created = api.post(volunteers(), supporter.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String helpRequest(Workspace.Colleague supporter, String contact, String skill, String kind,
            LocalDate day, String part) {
        ApiClient.Response created = api.post(helpRequests(), supporter.token(), """
                {"contactId": "%s", "skill": "%s", "workKind": "%s", "neededOn": "%s", "partOfDay": "%s",
                 "description": "naar de markt en terug"}""".formatted(contact, skill, kind, day, part));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contact(Workspace.Colleague supporter) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "phone", "themes": ["eenzaamheid"], "route": "own-network", "minutes": 10,
                 "function": "F7", "resident": {"name": "Mina Nijhuis"}}""".formatted(today()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> auditActions(String recordType, String id) {
        return jdbc.sql("select action from " + schema() + ".audit_event where record_type = ? and record_id = ?::uuid"
                + " order by sequence_number").params(recordType, id).query(String.class).list();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private String volunteers() {
        return workspace.base() + "/volunteers";
    }

    private String helpRequests() {
        return workspace.base() + "/help-requests";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
