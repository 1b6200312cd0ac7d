package nl.naober.platform.signals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Convert;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.privacy.EncryptedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalApiIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "signalen");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void aThemeThatRecursFiveTimesInThirtyDaysIsSuggestedAndFourTimesIsNot() {
        for (int i = 0; i < 4; i++) {
            contact(anna, "eenzaamheid", today().minusDays(i * 7L), null);
        }
        contact(anna, "eenzaamheid", today().minusDays(40), null);
        contact(bert, "eenzaamheid", today(), null);
        assertThat(suggestions(anna)).isEmpty();

        contact(anna, "eenzaamheid", today().minusDays(29), null);

        JsonNode suggestions = suggestions(anna);
        assertThat(suggestions).hasSize(1);
        JsonNode suggestion = suggestions.get(0);
        assertThat(suggestion.get("village").asString()).isEqualTo(denekamp);
        assertThat(suggestion.get("villageName").asString()).isEqualTo("Denekamp");
        assertThat(suggestion.get("theme").asString()).isEqualTo("eenzaamheid");
        assertThat(suggestion.get("themeLabel").asString()).isEqualTo("Eenzaamheid");
        assertThat(suggestion.get("contacts").asInt()).isEqualTo(5);
        assertThat(suggestion.get("threshold").asInt()).isEqualTo(5);
        assertThat(suggestion.get("from").asString()).isEqualTo(today().minusDays(29).toString());
        assertThat(suggestion.get("to").asString()).isEqualTo(today().toString());
        assertThat(suggestion.get("privacyHint").asString()).contains("noem geen namen");
        assertThat(suggestions(bert)).isEmpty();
    }

    @Test
    void anOpenSignalForTheVillageAndThemeCoversTheSuggestionUntilItIsClosed() {
        for (int i = 0; i < 5; i++) {
            contact(anna, "armoede-geldzorgen", today(), null);
        }
        assertThat(suggestions(anna)).hasSize(1);

        String signal = raise(anna, denekamp, "armoede-geldzorgen", List.of());
        assertThat(suggestions(anna)).isEmpty();

        ApiClient.Response closed = api.post(signals() + "/" + signal + "/closure", anna.token(),
                "{\"note\": \"De gemeente heeft een spreekuur geregeld.\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("closed");
        assertThat(suggestions(anna)).hasSize(1);
    }

    @Test
    void theAdministratorsThresholdTakesEffect() {
        for (int i = 0; i < 3; i++) {
            contact(anna, "mobiliteit", today().minusDays(10), null);
        }
        assertThat(suggestions(anna)).isEmpty();
        assertThat(api.put(settings(), anna.token(), "{\"threshold\": 3, \"periodDays\": 30}").status()).isEqualTo(403);

        ApiClient.Response invalid = api.put(settings(), workspace.adminToken(), "{\"threshold\": 1, \"periodDays\": 1000}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.invalidFields()).containsExactlyInAnyOrder("threshold", "periodDays");
        assertThat(invalid.body()).contains("Vul een geheel getal in van 2 tot en met 1.000");
        assertThat(api.put(settings(), workspace.adminToken(), "{}").body()).contains("bij hoeveel contacten");

        ApiClient.Response changed = api.put(settings(), workspace.adminToken(), "{\"threshold\": 3, \"periodDays\": 30}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(settings(), workspace.adminToken()).json().get("threshold").asInt()).isEqualTo(3);
        assertThat(suggestions(anna)).hasSize(1);

        api.put(settings(), workspace.adminToken(), "{\"threshold\": 3, \"periodDays\": 7}");
        assertThat(suggestions(anna)).isEmpty();
    }

    @Test
    void theAdministratorAndTheSoundingBoardOfTheVillageReadAndAnswerWithoutSeeingPersonalData() {
        String marker = "Unieknaam" + System.nanoTime();
        String first = contact(anna, "wonen", today(), "Zwaantje " + marker);
        String second = contact(anna, "wonen", today(), "Harm " + marker);
        String signal = raise(anna, denekamp, "wonen", List.of(first, second));
        Workspace.Colleague klaas = workspace.colleague("sounding-board", denekamp);
        Workspace.Colleague wim = workspace.colleague("sounding-board", ootmarsum);
        Workspace.Colleague policy = workspace.colleague("policy-officer");
        Workspace.Colleague wmo = workspace.colleague("wmo-consultant");
        List<String> bodies = new ArrayList<>();

        for (String token : List.of(workspace.adminToken(), klaas.token(), policy.token())) {
            ApiClient.Response list = api.get(signals(), token);
            ApiClient.Response shown = api.get(signals() + "/" + signal, token);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json()).hasSize(1);
            assertThat(list.json().get(0).get("linkedContacts").asInt()).isEqualTo(2);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.json().get("linkedContacts").asInt()).isEqualTo(2);
            assertThat(shown.json().has("contactIds")).isFalse();
            assertThat(shown.body()).doesNotContain(first, second);
            bodies.add(list.body());
            bodies.add(shown.body());
        }

        ApiClient.Response fromBoard = api.post(signals() + "/" + signal + "/responses", klaas.token(),
                "{\"text\": \"We bespreken dit in de klankbordgroep van mei.\", \"name\": \"Klankbordgroep Denekamp\"}");
        assertThat(fromBoard.status()).as(fromBoard.body()).isEqualTo(201);
        assertThat(fromBoard.json().get("status").asString()).isEqualTo("answered");
        ApiClient.Response fromAdmin = api.post(signals() + "/" + signal + "/responses", workspace.adminToken(),
                "{\"text\": \"De gemeente neemt dit mee in de woonvisie.\"}");
        assertThat(fromAdmin.status()).as(fromAdmin.body()).isEqualTo(201);
        bodies.add(fromBoard.body());
        bodies.add(fromAdmin.body());

        assertThat(api.get(signals() + "/" + signal, wim.token()).status()).isEqualTo(404);
        assertThat(api.get(signals(), wim.token()).json()).isEmpty();
        assertThat(api.post(signals() + "/" + signal + "/responses", wim.token(), "{\"text\": \"Ook hier\"}").status())
                .isEqualTo(404);
        assertThat(api.get(signals() + "/" + signal, bert.token()).status()).isEqualTo(404);
        assertThat(api.post(signals() + "/" + signal + "/responses", policy.token(), "{\"text\": \"Mag ik?\"}")
                .status()).isEqualTo(403);
        assertThat(api.get(signals(), wmo.token()).status()).isEqualTo(403);
        assertThat(api.get(signals() + "/" + signal, wmo.token()).status()).isEqualTo(403);

        ApiClient.Response hers = api.get(signals() + "/" + signal, anna.token());
        JsonNode responses = hers.json().get("responses");
        assertThat(responses).hasSize(2);
        assertThat(responses.get(0).get("responderRole").asString()).isEqualTo("sounding-board");
        assertThat(responses.get(0).get("responderName").asString()).isEqualTo("Klankbordgroep Denekamp");
        assertThat(responses.get(1).get("responderRole").asString()).isEqualTo("municipal-admin");
        assertThat(responses.get(1).get("text").asString()).contains("woonvisie");
        assertThat(hers.json().get("contactIds").toString()).contains(first, second);
        bodies.add(hers.body());
        bodies.add(api.get(signals(), anna.token()).body());
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(marker, "Zwaantje"));
    }

    @Test
    void invalidSignalsGetDutchMessagesAtTheFieldsAndNothingIsSaved() {
        String contactOfBert = contact(bert, "wonen", today(), null);

        ApiClient.Response refused = api.post(signals(), anna.token(), """
                {"village": "%s", "theme": "onbekend", "title": " ", "estimatedResidents": 0,
                 "addressee": "burgemeester", "contacts": ["%s"]}""".formatted(ootmarsum, contactOfBert));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("village", "theme", "title", "description",
                "estimatedResidents", "addressee");
        assertThat(refused.body()).contains("U werkt niet in dit dorp", "Noem geen namen", "geen van de mogelijke keuzes");

        ApiClient.Response wrongContacts = api.post(signals(), anna.token(), """
                {"village": "%s", "theme": "wonen", "title": "Te weinig huurwoningen", "description": "Jonge gezinnen vertrekken",
                 "estimatedResidents": 30, "addressee": "other", "contacts": ["%s"]}""".formatted(denekamp, contactOfBert));
        assertThat(wrongContacts.status()).isEqualTo(400);
        assertThat(wrongContacts.invalidFields()).containsExactlyInAnyOrder("contacts", "addresseeName");
        assertThat(wrongContacts.body()).contains("Koppel alleen contacten uit het dorp");
        assertThat(workspace.count("collective_signal")).isZero();
        assertThat(workspace.count("collective_signal_contact")).isZero();

        String signal = raise(anna, denekamp, "wonen", List.of());
        ApiClient.Response noText = api.post(signals() + "/" + signal + "/responses", workspace.adminToken(), "{}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.invalidFields()).containsExactly("text");
        api.post(signals() + "/" + signal + "/closure", anna.token(), "");
        ApiClient.Response late = api.post(signals() + "/" + signal + "/responses", workspace.adminToken(),
                "{\"text\": \"Te laat\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(workspace.count("collective_signal_response")).isZero();
    }

    @Test
    void aPathVariableThatIsNoIdIsABadRequest() {
        ApiClient.Response response = api.get(signals() + "/%7BsignalId%7D", anna.token());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTextsOfASignalAreMappedAsEncryptedColumns() throws NoSuchFieldException {
        for (var field : List.of(CollectiveSignal.class.getDeclaredField("title"),
                CollectiveSignal.class.getDeclaredField("description"),
                CollectiveSignal.class.getDeclaredField("addresseeName"),
                CollectiveSignal.class.getDeclaredField("closingNote"), SignalResponse.class.getDeclaredField("text"),
                SignalResponse.class.getDeclaredField("responderName"))) {
            assertThat(field.getAnnotation(Convert.class)).as(field.toString()).isNotNull();
            assertThat(field.getAnnotation(Convert.class).converter()).isEqualTo(EncryptedText.class);
        }
    }

    private String raise(Workspace.Colleague supporter, String village, String theme, List<String> contacts) {
        String ids = contacts.stream().map(c -> "\"" + c + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        ApiClient.Response created = api.post(signals(), supporter.token(), """
                {"village": "%s", "theme": "%s", "title": "Veel vragen over %s",
                 "description": "Steeds meer inwoners melden zich met dezelfde vraag.", "estimatedResidents": 25,
                 "addressee": "municipality", "contacts": [%s]}""".formatted(village, theme, theme, ids));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contact(Workspace.Colleague supporter, String theme, LocalDate date, String residentName) {
        String resident = residentName == null ? "" : ", \"resident\": {\"name\": \"" + residentName + "\"}";
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "phone", "themes": ["%s"], "route": "own-network", "minutes": 10,
                 "function": "F7"%s}""".formatted(date, theme, resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode suggestions(Workspace.Colleague supporter) {
        ApiClient.Response response = api.get(workspace.base() + "/signal-suggestions", supporter.token());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String signals() {
        return workspace.base() + "/signals";
    }

    private String settings() {
        return workspace.base() + "/signal-settings";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
