package nl.naober.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.users.ColleagueDeactivated;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnboardingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "inwerken");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void aNewMunicipalityStartsWithOneChecklistItemPerCompetence() {
        JsonNode items = ok(api.get(base() + "/onboarding-items", workspace.adminToken())).json();

        assertThat(items).hasSize(12);
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("competence").get("code").asString()));
        assertThat(codes).containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12");
        assertThat(items.get(6).get("title").asString()).isEqualTo("Kennismaken met de klankbordgroep");
        assertThat(items.get(8).get("competence").get("label").asString())
                .isEqualTo("C9 – kan de sociale kaart opstellen en gebruiken");
        assertThat(items.get(0).get("position").asInt()).isEqualTo(1);

        JsonNode mine = ok(api.get(base() + "/me/onboarding", anna.token())).json();
        assertThat(mine.get("done").asInt()).isZero();
        assertThat(mine.get("total").asInt()).isEqualTo(12);
    }

    @Test
    void theAdministratorAddsRenamesReordersAndRetiresItems() {
        JsonNode added = created(api.post(base() + "/onboarding-items", workspace.adminToken(),
                "{\"title\": \"Kennismaken met de huisartsenpraktijk\", \"competence\": \"c8\", \"position\": 2}"));
        String id = added.get("id").asString();
        assertThat(added.get("position").asInt()).isEqualTo(2);
        assertThat(added.get("competence").get("code").asString()).isEqualTo("C8");
        assertThat(titlesInOrder()).hasSize(13).element(1).isEqualTo("Kennismaken met de huisartsenpraktijk");

        ok(api.put(base() + "/onboarding-items/" + id, workspace.adminToken(),
                "{\"title\": \"Langs bij de huisarts\", \"position\": 13}"));
        List<String> titles = titlesInOrder();
        assertThat(titles).last().isEqualTo("Langs bij de huisarts");
        assertThat(positions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);

        String first = ok(api.get(base() + "/onboarding-items", workspace.adminToken())).json().get(0).get("id")
                .asString();
        JsonNode retired = ok(api.put(base() + "/onboarding-items/" + first, workspace.adminToken(),
                "{\"title\": \"Kennismaken met je begeleider\", \"retired\": true}")).json();
        assertThat(retired.get("retired").asBoolean()).isTrue();
        JsonNode mine = ok(api.get(base() + "/me/onboarding", anna.token())).json();
        assertThat(mine.get("total").asInt()).isEqualTo(12);
        assertThat(mine.get("items").findValuesAsString("title")).doesNotContain("Kennismaken met je begeleider")
                .contains("Langs bij de huisarts");
        assertThat(api.put(base() + "/me/onboarding/" + first, anna.token(), "{\"done\": true}").status())
                .isEqualTo(404);
    }

    @Test
    void badChecklistInputIsReportedPerFieldAndChangesNothing() {
        ApiClient.Response refused = api.post(base() + "/onboarding-items", workspace.adminToken(),
                "{\"title\": \"" + "x".repeat(121) + "\", \"competence\": \"C13\", \"position\": 99}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("title", "competence", "position");
        assertThat(refused.body()).contains("Kies een competentie van C1 tot en met C12", "van 1 tot en met 13");
        ApiClient.Response empty = api.post(base() + "/onboarding-items", workspace.adminToken(), "{}");
        assertThat(empty.invalidFields()).containsExactly("title");
        assertThat(empty.body()).contains("Vul de titel in.");
        assertThat(workspace.count("onboarding_item")).isEqualTo(12);

        String first = ok(api.get(base() + "/onboarding-items", workspace.adminToken())).json().get(0).get("id")
                .asString();
        ApiClient.Response change = api.put(base() + "/onboarding-items/" + first, workspace.adminToken(),
                "{\"title\": \" \", \"position\": 0}");
        assertThat(change.invalidFields()).containsExactlyInAnyOrder("title", "position");
        assertThat(titlesInOrder().getFirst()).isEqualTo("Kennismaken met je begeleider en afspraken maken over reflectie");
        assertThat(api.put(base() + "/onboarding-items/" + UUID.randomUUID(), workspace.adminToken(),
                "{\"title\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void theAdministratorSeesWhichItemsAreDoneButNeverTheNotesAndHerLookIsAudited() {
        List<String> items = itemIds();
        String note = "Notitie-" + UUID.randomUUID();
        ok(api.put(base() + "/me/onboarding/" + items.get(6), anna.token(),
                "{\"done\": true, \"doneOn\": \"" + today().minusDays(3) + "\", \"note\": \"" + note + "\"}"));
        JsonNode mine = ok(api.put(base() + "/me/onboarding/" + items.get(8), anna.token(), "{\"done\": true}")).json();
        assertThat(mine.get("done").asInt()).isEqualTo(2);
        assertThat(mine.get("items").get(6).get("note").asString()).isEqualTo(note);
        assertThat(mine.get("items").get(6).get("doneOn").asString()).isEqualTo(today().minusDays(3).toString());
        assertThat(mine.get("items").get(8).get("doneOn").asString()).isEqualTo(today().toString());
        // changing only the note keeps the day it was done
        ok(api.put(base() + "/me/onboarding/" + items.get(6), anna.token(), "{\"done\": true, \"note\": \"" + note
                + " bijgewerkt\"}"));
        created(api.post(base() + "/me/trainings", anna.token(), """
                {"title": "Gespreksvaardigheden", "provider": "Movisie", "attendedOn": "%s", "hours": 3.5,
                 "certificate": "MOV-2026-118", "competences": ["C2"]}""".formatted(today().minusDays(20))));
        ok(api.put(base() + "/me/onboarding/" + items.get(0), bert.token(), "{\"done\": true}"));
        int auditedBefore = audited();

        ApiClient.Response overview = ok(api.get(base() + "/onboarding-progress", workspace.adminToken()));
        JsonNode annaRow = row(overview.json(), anna.memberId());
        assertThat(annaRow.get("done").asInt()).isEqualTo(2);
        assertThat(annaRow.get("total").asInt()).isEqualTo(12);
        assertThat(annaRow.get("trainings").asInt()).isEqualTo(1);
        assertThat(annaRow.get("trainingHours").asDouble()).isEqualTo(3.5);
        assertThat(annaRow.get("villages").get(0).asString()).isEqualTo("Denekamp");
        assertThat(row(overview.json(), bert.memberId()).get("done").asInt()).isEqualTo(1);

        ApiClient.Response detail = ok(api.get(base() + "/onboarding-progress/" + anna.memberId(),
                workspace.adminToken()));
        assertThat(detail.json().get("items").get(6).get("done").asBoolean()).isTrue();
        assertThat(detail.json().get("items").get(6).get("doneOn").asString())
                .isEqualTo(today().minusDays(3).toString());
        assertThat(detail.json().get("items").get(7).get("done").asBoolean()).isFalse();
        assertThat(detail.json().get("trainings").get(0).get("certificate").asString()).isEqualTo("MOV-2026-118");
        assertThat(overview.body() + detail.body()).doesNotContain(note, "note");
        assertThat(audited() - auditedBefore).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from " + schema() + ".audit_event where record_type = 'onboarding-progress'"
                + " and record_id = ? and detail = 'checklist and training record' and actor_role = 'municipal-admin'")
                .param(UUID.fromString(anna.memberId())).query(Integer.class).single()).isEqualTo(1);
        assertThat(api.get(base() + "/onboarding-progress/" + UUID.randomUUID(), workspace.adminToken()).status())
                .isEqualTo(404);

        // her note is stored encrypted; unticking removes the progress
        assertThat(jdbc.sql("select note_enc from " + schema() + ".onboarding_progress where note_enc is not null")
                .query(String.class).list()).singleElement().asString().startsWith("v1.").doesNotContain("Notitie");
        JsonNode unticked = ok(api.put(base() + "/me/onboarding/" + items.get(8), anna.token(), "{\"done\": false}"))
                .json();
        assertThat(unticked.get("done").asInt()).isEqualTo(1);
    }

    @Test
    void herReflectionsAreReadByHerAloneAndByNoOtherRole() {
        String text = "Reflectie-" + UUID.randomUUID() + ": het gesprek over grenzen was lastig.";
        JsonNode entry = created(api.post(base() + "/me/reflections", anna.token(),
                "{\"text\": \"" + text + "\", \"competences\": [\"C12\", \"c1\"], \"writtenOn\": \""
                        + today().minusDays(1) + "\"}"));
        String id = entry.get("id").asString();
        assertThat(entry.get("competences").findValuesAsString("code")).containsExactly("C1", "C12");
        assertThat(ok(api.get(base() + "/me/reflections", anna.token())).json().get(0).get("text").asString())
                .isEqualTo(text);

        // another supporter: her own (empty) log, and anna's entry does not exist for her
        assertThat(ok(api.get(base() + "/me/reflections", bert.token())).json()).isEmpty();
        assertThat(api.delete(base() + "/me/reflections/" + id, bert.token()).status()).isEqualTo(404);
        List<String> bodies = new ArrayList<>();
        for (String role : List.of("sounding-board", "wmo-consultant", "policy-officer", "privacy-officer")) {
            String token = role.equals("sounding-board") ? workspace.colleague(role, denekamp).token()
                    : workspace.colleague(role).token();
            ApiClient.Response list = api.get(base() + "/me/reflections", token);
            assertThat(list.status()).as(role).isEqualTo(403);
            assertThat(api.delete(base() + "/me/reflections/" + id, token).status()).as(role).isEqualTo(403);
            bodies.add(list.body());
            ApiClient.Response log = api.get(base() + "/audit-log", token);
            bodies.add(log.body());
        }
        for (String path : List.of("/me/reflections", "/onboarding-progress", "/onboarding-progress/" + anna.memberId(),
                "/audit-log")) {
            ApiClient.Response response = api.get(base() + path, workspace.adminToken());
            bodies.add(response.body());
        }
        assertThat(api.get(base() + "/me/reflections", workspace.adminToken()).status()).isEqualTo(403);
        assertThat(bodies).noneMatch(b -> b.contains("Reflectie-"));
        assertThat(jdbc.sql("select text_enc from " + schema() + ".reflection_entry").query(String.class).single())
                .startsWith("v1.").doesNotContain("Reflectie");

        assertThat(api.delete(base() + "/me/reflections/" + id, anna.token()).status()).isEqualTo(204);
        assertThat(workspace.count("reflection_entry")).isZero();
    }

    @Test
    void badInputOnHerOwnRecordsIsReportedPerFieldAndNothingIsSaved() {
        String item = itemIds().getFirst();
        ApiClient.Response progress = api.put(base() + "/me/onboarding/" + item, anna.token(),
                "{\"doneOn\": \"" + today().plusDays(1) + "\", \"note\": \"" + "n".repeat(1001) + "\"}");
        assertThat(progress.status()).isEqualTo(400);
        assertThat(progress.invalidFields()).containsExactlyInAnyOrder("done", "doneOn", "note");
        assertThat(progress.body()).contains("Kies of u deze taak gedaan heeft.");
        assertThat(api.put(base() + "/me/onboarding/" + UUID.randomUUID(), anna.token(), "{\"done\": true}").status())
                .isEqualTo(404);

        ApiClient.Response reflection = api.post(base() + "/me/reflections", anna.token(),
                "{\"text\": \"\", \"competences\": [\"C0\", null], \"writtenOn\": \"gisteren\"}");
        assertThat(reflection.status()).isEqualTo(400);
        assertThat(reflection.invalidFields()).contains("text", "competences", "writtenOn");
        assertThat(reflection.body()).contains("Schrijf uw reflectie.");

        ApiClient.Response training = api.post(base() + "/me/trainings", anna.token(),
                "{\"title\": \"\", \"hours\": 0.25, \"attendedOn\": \"" + today().plusDays(2)
                        + "\", \"competences\": [\"C99\"], \"certificate\": \"" + "c".repeat(101) + "\"}");
        assertThat(training.status()).isEqualTo(400);
        assertThat(training.invalidFields()).containsExactlyInAnyOrder("title", "provider", "attendedOn", "hours",
                "certificate", "competences");
        assertThat(training.body()).contains("Vul in wie de training gaf.", "hoogstens één cijfer achter de komma");
        ApiClient.Response noHours = api.post(base() + "/me/trainings", anna.token(),
                "{\"title\": \"Cursus\", \"provider\": \"ROC\"}");
        assertThat(noHours.invalidFields()).containsExactlyInAnyOrder("attendedOn", "hours");
        assertThat(api.post(base() + "/me/trainings", anna.token(), "{\"title\": \"Cursus\", \"provider\": \"ROC\","
                + " \"attendedOn\": \"" + today() + "\", \"hours\": 1001}").invalidFields()).containsExactly("hours");

        assertThat(workspace.count("onboarding_progress")).isZero();
        assertThat(workspace.count("reflection_entry")).isZero();
        assertThat(workspace.count("training")).isZero();
    }

    @Test
    void theSupporterKeepsHerTrainingRecordAndOnlyHerOwn() {
        String id = created(api.post(base() + "/me/trainings", anna.token(), """
                {"title": "Omgaan met verward gedrag", "provider": "GGD Twente", "attendedOn": "%s", "hours": 4,
                 "competences": ["C6", "C3"]}""".formatted(today()))).get("id").asString();
        JsonNode mine = ok(api.get(base() + "/me/trainings", anna.token())).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("hours").asDouble()).isEqualTo(4.0);
        assertThat(mine.get(0).get("competences").findValuesAsString("code")).containsExactly("C3", "C6");
        assertThat(ok(api.get(base() + "/me/trainings", bert.token())).json()).isEmpty();
        assertThat(api.delete(base() + "/me/trainings/" + id, bert.token()).status()).isEqualTo(404);
        for (String token : List.of(workspace.adminToken(), workspace.colleague("policy-officer").token())) {
            assertThat(api.get(base() + "/me/trainings", token).status()).isEqualTo(403);
            assertThat(api.get(base() + "/me/onboarding", token).status()).isEqualTo(403);
        }
        for (String token : List.of(anna.token(), workspace.colleague("privacy-officer").token())) {
            assertThat(api.get(base() + "/onboarding-progress", token).status()).isEqualTo(403);
            assertThat(api.get(base() + "/onboarding-items", token).status()).isEqualTo(403);
            assertThat(api.post(base() + "/onboarding-items", token, "{\"title\": \"x\"}").status()).isEqualTo(403);
        }
        assertThat(api.delete(base() + "/me/trainings/" + id, anna.token()).status()).isEqualTo(204);
        assertThat(workspace.count("training")).isZero();
    }

    @Test
    void whenSheIsDeactivatedHerReflectionsAndNotesGoAndHerTrainingRecordStays() {
        String item = itemIds().getFirst();
        ok(api.put(base() + "/me/onboarding/" + item, anna.token(), "{\"done\": true, \"note\": \"Voor mezelf\"}"));
        created(api.post(base() + "/me/reflections", anna.token(), "{\"text\": \"Mijn eerste week\"}"));
        created(api.post(base() + "/me/reflections", bert.token(), "{\"text\": \"Bert zijn week\"}"));
        created(api.post(base() + "/me/trainings", anna.token(), "{\"title\": \"Sociale kaart\", \"provider\":"
                + " \"Gemeente\", \"attendedOn\": \"" + today() + "\", \"hours\": 2}"));

        // the users module publishes this inside the transaction that deactivates her (Keycloak is not part of this test)
        TenantContext.runAs(TenantId.of(workspace.slug()), () -> transactions.executeWithoutResult(
                status -> events.publishEvent(new ColleagueDeactivated(UUID.fromString(anna.memberId())))));

        assertThat(jdbc.sql("select count(*) from " + schema() + ".reflection_entry where member_id = ?")
                .param(UUID.fromString(anna.memberId())).query(Integer.class).single()).isZero();
        assertThat(workspace.count("reflection_entry")).isEqualTo(1);
        assertThat(jdbc.sql("select note_enc from " + schema() + ".onboarding_progress").query(String.class).list())
                .containsExactly((String) null);
        assertThat(workspace.count("training")).isEqualTo(1);
    }

    private List<String> itemIds() {
        List<String> ids = new ArrayList<>();
        ok(api.get(base() + "/me/onboarding", anna.token())).json().get("items").forEach(i -> ids.add(i.get("id")
                .asString()));
        return ids;
    }

    private List<String> titlesInOrder() {
        List<String> titles = new ArrayList<>();
        ok(api.get(base() + "/onboarding-items", workspace.adminToken())).json().forEach(i -> titles.add(i.get("title")
                .asString()));
        return titles;
    }

    private List<Integer> positions() {
        List<Integer> positions = new ArrayList<>();
        ok(api.get(base() + "/onboarding-items", workspace.adminToken())).json().forEach(i -> positions.add(i
                .get("position").asInt()));
        return positions;
    }

    private static JsonNode row(JsonNode rows, String memberId) {
        for (JsonNode row : rows) {
            if (row.get("supporterId").asString().equals(memberId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + memberId + " in " + rows);
    }

    private int audited() {
        return workspace.count("audit_event");
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private String base() {
        return workspace.base();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
