package nl.naober.platform.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "contacten");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void registersAContactWithANewResidentAndGroupsItInHerHistory() {
        ApiClient.Response created = api.post(contacts(), anna.token(), """
                {"channel": "home-visit", "themes": ["eenzaamheid", "mobiliteit"], "noticedSignals": ["loneliness"],
                 "route": "volunteer", "minutes": 45, "function": "F3", "summary": "Mevrouw mist haar man; wil graag mee met de koffieochtend.",
                 "followUpOn": "%s",
                 "resident": {"name": "Gerda Lansink", "phone": "06 1234 5678", "address": "Molenstraat 3"}}"""
                .formatted(today().plusDays(7)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode contact = created.json();
        assertThat(contact.get("date").asString()).isEqualTo(today().toString());
        assertThat(contact.get("village").asString()).isEqualTo(denekamp);
        assertThat(contact.get("themes").toString()).contains("eenzaamheid", "mobiliteit");
        assertThat(contact.get("resident").get("initials").asString()).isEqualTo("G.L.");
        String residentId = contact.get("resident").get("id").asString();

        api.post(contacts(), anna.token(), """
                {"channel": "phone", "themes": ["eenzaamheid"], "route": "own-network", "minutes": 10,
                 "function": "F3", "residentId": "%s"}""".formatted(residentId));

        JsonNode resident = api.get(workspace.base() + "/residents/" + residentId, anna.token()).json();
        assertThat(resident.get("name").asString()).isEqualTo("Gerda Lansink");
        assertThat(resident.get("phone").asString()).isEqualTo("06 1234 5678");
        assertThat(resident.get("contacts")).hasSize(2);
        assertThat(resident.get("lastContactOn").asString()).isEqualTo(today().toString());
        JsonNode listed = api.get(workspace.base() + "/residents", anna.token()).json();
        assertThat(listed.toString()).contains(resident.get("pseudonym").asString()).doesNotContain("Gerda", "Lansink");
    }

    @Test
    void aResidentMayStayAnonymous() {
        ApiClient.Response created = api.post(contacts(), anna.token(), """
                {"channel": "in-the-street", "themes": ["armoede-geldzorgen"], "route": "solved-directly",
                 "minutes": 5, "function": "F1"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("resident").isNull()).isTrue();
        assertThat(workspace.count("resident")).isZero();
    }

    @Test
    void rejectsAContactWithInvalidFieldsWithDutchMessagesAndSavesNothing() {
        ApiClient.Response refused = api.post(contacts(), anna.token(), """
                {"village": "%s", "date": "2026-13-45", "channel": "duif", "themes": [], "noticedSignals": ["raar"],
                 "route": "", "minutes": 0, "function": "F99", "followUpOn": "gisteren",
                 "resident": {"name": "", "phone": "bel me", "email": "geen-adres"}}""".formatted(ootmarsum));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("invalidParams").forEach(p -> fields.add(p.get("name").asString()));
        assertThat(fields).contains("village", "date", "channel", "themes", "noticedSignals", "route", "minutes",
                "function", "followUpOn", "resident.name", "resident.phone", "resident.email");
        assertThat(refused.body()).contains("Kies ten minste één thema", "Vul een geldige datum in");
        assertThat(workspace.count("contact")).isZero();
        assertThat(workspace.count("resident")).isZero();
    }

    @Test
    void aContactCountsOnlyForAFunctionOfTheVillagesProfile() {
        api.put(workspace.base() + "/villages/" + denekamp + "/function-profile", workspace.adminToken(),
                "{\"functions\": [\"F1\", \"F2\"]}");

        ApiClient.Response refused = api.post(contacts(), anna.token(), """
                {"channel": "phone", "themes": ["wonen"], "route": "professional", "minutes": 20, "function": "F9"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("F9 hoort niet bij het functieprofiel van Denekamp");
    }

    @Test
    void aSupporterReachesOnlyTheResidentsAndContactsOfHerOwnVillages() {
        String residentOfBert = residentFor(bert, "Hendrik Oude Geerdink");
        String contactOfBert = api.get(contacts(), bert.token()).json().get(0).get("id").asString();

        assertThat(api.get(workspace.base() + "/residents/" + residentOfBert, anna.token()).status()).isEqualTo(404);
        assertThat(api.get(contacts() + "/" + contactOfBert, anna.token()).status()).isEqualTo(404);
        assertThat(api.get(workspace.base() + "/residents", anna.token()).json()).isEmpty();
        assertThat(api.get(contacts(), anna.token()).json()).isEmpty();
        assertThat(api.get(workspace.base() + "/residents?village=" + ootmarsum, anna.token()).status()).isEqualTo(404);
        ApiClient.Response linked = api.post(contacts(), anna.token(), """
                {"channel": "phone", "themes": ["wonen"], "route": "professional", "minutes": 20, "function": "F1",
                 "residentId": "%s"}""".formatted(residentOfBert));
        assertThat(linked.status()).isEqualTo(400);
        assertThat(api.get(workspace.base() + "/residents?q=Geerdink", anna.token()).body()).doesNotContain(residentOfBert);
    }

    @Test
    void aSupporterMovedOffAVillageLosesAccessAtOnce() {
        String resident = residentFor(anna, "Truus Nijhuis");
        assertThat(api.get(workspace.base() + "/residents/" + resident, anna.token()).status()).isEqualTo(200);

        ApiClient.Response moved = api.patch(workspace.base() + "/users/" + anna.memberId(), workspace.adminToken(),
                "{\"villages\": [\"" + ootmarsum + "\"]}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        assertThat(api.get(workspace.base() + "/residents/" + resident, anna.token()).status()).isEqualTo(404);
        assertThat(api.get(workspace.base() + "/residents", anna.token()).body()).doesNotContain(resident);
        assertThat(api.get(workspace.base() + "/follow-ups", anna.token()).json()).isEmpty();
    }

    @Test
    void otherRolesOfTheMunicipalityReachNoPersonalData() {
        String resident = residentFor(anna, "Marie Kuipers");
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant")) {
            Workspace.Colleague colleague = role.equals("sounding-board") ? workspace.colleague(role, denekamp)
                    : workspace.colleague(role);
            for (String path : List.of("/residents", "/residents/" + resident, "/contacts", "/follow-ups")) {
                ApiClient.Response response = api.get(workspace.base() + path, colleague.token());
                assertThat(response.status()).as(role + " " + path).isEqualTo(403);
                assertThat(response.body()).doesNotContain("Kuipers");
            }
        }
    }

    @Test
    void personalDataIsEncryptedAtRest() {
        String resident = residentFor(anna, "Johanna Brookhuis");
        String schema = TenantId.of(workspace.slug()).schema();

        String raw = jdbc.sql("select name_enc || coalesce(phone_enc, '') from " + schema + ".resident where id = ?::uuid")
                .param(resident).query(String.class).single();
        String summary = jdbc.sql("select summary_enc from " + schema + ".contact where resident_id = ?::uuid")
                .param(resident).query(String.class).single();

        assertThat(raw).doesNotContain("Johanna", "Brookhuis", "0541");
        assertThat(summary).isNotBlank().doesNotContain("geheim");
    }

    @Test
    void theFollowUpAgendaShowsHerOwnOpenFollowUpsOverdueFirst() {
        String later = contactWithFollowUp(anna, today().minusDays(3), today().plusDays(5));
        String overdue = contactWithFollowUp(anna, today().minusDays(10), today().minusDays(2));
        String dueToday = contactWithFollowUp(anna, today().minusDays(1), today());
        contactWithFollowUp(bert, today().minusDays(10), today().minusDays(5));

        JsonNode agenda = api.get(workspace.base() + "/follow-ups", anna.token()).json();
        assertThat(agenda).hasSize(3);
        assertThat(agenda.get(0).get("contact").asString()).isEqualTo(overdue);
        assertThat(agenda.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(agenda.get(1).get("contact").asString()).isEqualTo(dueToday);
        assertThat(agenda.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(agenda.get(2).get("contact").asString()).isEqualTo(later);

        assertThat(api.post(contacts() + "/" + overdue + "/follow-up-completion", anna.token(), "").status())
                .isEqualTo(200);
        assertThat(api.get(workspace.base() + "/follow-ups", anna.token()).json()).hasSize(2);
    }

    @Test
    void aResidentsCareNetworkIsKeptAndAudited() {
        String resident = residentFor(anna, "Bernard Tijhuis");
        String residents = workspace.base() + "/residents/" + resident;

        ApiClient.Response added = api.post(residents + "/care-network", anna.token(),
                "{\"relation\": \"neighbour\", \"name\": \"Buurvrouw Ans\", \"contact\": \"0541 123456\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        ApiClient.Response invalid = api.post(residents + "/care-network", anna.token(),
                "{\"relation\": \"kat\", \"name\": \"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("relation", "name");

        JsonNode network = api.get(residents, anna.token()).json().get("careNetwork");
        assertThat(network).hasSize(1);
        assertThat(network.get(0).get("name").asString()).isEqualTo("Buurvrouw Ans");

        assertThat(api.delete(residents + "/care-network/" + network.get(0).get("id").asString(), anna.token())
                .status()).isEqualTo(204);
        assertThat(api.get(residents, anna.token()).json().get("careNetwork")).isEmpty();
    }

    @Test
    void theMunicipalityKeepsItsOwnThemes() {
        String themes = workspace.base() + "/contact-themes";
        ApiClient.Response added = api.post(themes, workspace.adminToken(),
                "{\"code\": \"dorpshuis\", \"label\": \"Dorpshuis en ontmoeting\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.post(themes, workspace.adminToken(), "{\"code\": \"Dorps Huis\", \"label\": \"x\"}").status())
                .isEqualTo(400);
        assertThat(api.post(themes, workspace.adminToken(), "{\"code\": \"dorpshuis\", \"label\": \"x\"}").status())
                .isEqualTo(409);
        assertThat(api.post(themes, anna.token(), "{\"code\": \"eigen\", \"label\": \"x\"}").status()).isEqualTo(403);

        ApiClient.Response used = api.post(contacts(), anna.token(), """
                {"channel": "activity", "themes": ["dorpshuis"], "route": "association", "minutes": 30, "function": "F2"}""");
        assertThat(used.status()).as(used.body()).isEqualTo(201);

        String themeId = added.json().get("id").asString();
        assertThat(api.patch(themes + "/" + themeId, workspace.adminToken(), "{\"active\": false}").status())
                .isEqualTo(200);
        ApiClient.Response refused = api.post(contacts(), anna.token(), """
                {"channel": "activity", "themes": ["dorpshuis"], "route": "association", "minutes": 30, "function": "F2"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get(themes, anna.token()).body()).contains("Dorpshuis en ontmoeting");
    }

    @Test
    void everyReadAndChangeOfAResidentsDataIsAudited() {
        String resident = residentFor(anna, "Willem Pierik");
        String path = workspace.base() + "/residents/" + resident;
        assertThat(api.get(path, anna.token()).status()).isEqualTo(200);
        assertThat(api.patch(path, anna.token(), "{\"name\": \"Willem Pierik\", \"phone\": \"0541 111111\"}")
                .status()).isEqualTo(200);
        String contact = api.get(path, anna.token()).json().get("contacts").get(0).get("id").asString();
        assertThat(api.get(contacts() + "/" + contact, anna.token()).status()).isEqualTo(200);

        List<String> events = jdbc.sql("select action || ' ' || record_type || ' ' || actor_subject || ' ' || actor_role"
                        + " || ' ' || basis from " + TenantId.of(workspace.slug()).schema()
                        + ".audit_event where resident_id = ?::uuid order by sequence_number")
                .param(resident).query(String.class).list();
        String actor = "kc-" + anna.memberId() + " supporter village-support";
        assertThat(events).containsExactly("CREATE resident " + actor, "CREATE contact " + actor,
                "READ resident " + actor, "UPDATE resident " + actor, "READ resident " + actor,
                "READ contact " + actor);
        assertThat(String.join(" ", jdbc.sql("select coalesce(detail, '') from " + TenantId.of(workspace.slug()).schema()
                + ".audit_event").query(String.class).list())).doesNotContain("Pierik", "0541");
    }

    private String contactWithFollowUp(Workspace.Colleague supporter, LocalDate date, LocalDate followUp) {
        ApiClient.Response created = api.post(contacts(), supporter.token(), """
                {"date": "%s", "channel": "phone", "themes": ["gezondheid"], "route": "professional", "minutes": 15,
                 "function": "F13", "followUpOn": "%s"}""".formatted(date, followUp));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String residentFor(Workspace.Colleague supporter, String name) {
        ApiClient.Response created = api.post(contacts(), supporter.token(), """
                {"channel": "office-hours", "themes": ["wonen"], "route": "professional", "minutes": 30,
                 "function": "F4", "summary": "geheim verhaal", "followUpOn": "%s",
                 "resident": {"name": "%s", "phone": "0541 987654"}}""".formatted(today().plusDays(3), name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("resident").get("id").asString();
    }

    private String contacts() {
        return workspace.base() + "/contacts";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
