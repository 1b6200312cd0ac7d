package nl.naober.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of workspace II in the reports, on a data set computed by hand, all of today in
 * Denekamp: 6 volunteers (2 with a VOG issued last month), 5 hours logged through a volunteer's
 * own link (2 + 3); 2 activities with 12 + 9 participants, 6 + 4 volunteer hours and 30 + 60
 * minutes of the supporter; 1 initiative supported in 60 + 90 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceTwoFiguresIntegrationTests {

    private static final String VILLAGE = "Denekamp";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;
    Workspace.Colleague policy;

    @BeforeAll
    void seed() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "werkplek-twee");
        denekamp = workspace.village(VILLAGE);
        workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        policy = workspace.colleague("policy-officer");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String firstVolunteer = null;
        for (int i = 0; i < 6; i++) {
            ApiClient.Response volunteer = created(api.post(workspace.base() + "/volunteers", anna.token(), """
                    {"firstName": "Vrijwilliger %d", "consentToContact": true, "skills": ["vervoer"],
                     "availability": ["monday-morning"], "startedOn": "%s"}""".formatted(i, today.minusYears(1))));
            String id = volunteer.json().get("id").asString();
            firstVolunteer = firstVolunteer == null ? id : firstVolunteer;
            if (i < 2) {
                created(api.post(workspace.base() + "/volunteers/" + id + "/vogs", anna.token(),
                        "{\"issuedOn\": \"" + today.minusMonths(1) + "\"}"));
            }
        }
        String token = created(api.post(workspace.base() + "/volunteers/" + firstVolunteer + "/hours-link", anna.token(),
                "{}")).json().get("token").asString();
        for (String hours : new String[] {"2", "3"}) {
            ApiClient.Response logged = api.send("POST", "/publiek/" + workspace.slug() + "/uren/" + token, null,
                    "workedOn=" + today + "&hours=" + hours + "&activity=vervoer&note=", "application/x-www-form-urlencoded");
            assertThat(logged.status()).as(logged.body()).isEqualTo(302);
        }
        for (String[] activity : new String[][] {{"12", "3", "6", "30"}, {"9", "2", "4", "60"}}) {
            created(api.post(workspace.base() + "/activities", anna.token(), """
                    {"village": "%s", "kind": "coffee-morning", "title": "Koffieochtend", "heldOn": "%s",
                     "participants": %s, "volunteers": %s, "volunteerHours": %s, "supporterMinutes": %s}"""
                    .formatted(denekamp, today, activity[0], activity[1], activity[2], activity[3])));
        }
        String initiative = created(api.post(workspace.base() + "/initiatives", anna.token(), """
                {"village": "%s", "name": "Buurtbus", "initiators": "residents", "statusOn": "%s"}"""
                .formatted(denekamp, today))).json().get("id").asString();
        for (int minutes : new int[] {60, 90}) {
            created(api.post(workspace.base() + "/initiatives/" + initiative + "/support", anna.token(),
                    "{\"kind\": \"advice\", \"givenOn\": \"" + today + "\", \"minutes\": " + minutes + "}"));
        }
    }

    @Test
    void theSupportersOwnReportShowsTheFiguresOfWorkspaceTwoAsTheyAre() {
        Map<String, String> lines = ReportApiIntegrationTests.lines(report(anna.token()));

        assertThat(lines).containsEntry("Vrijwilligers|Vrijwilligers actief|" + VILLAGE, "6")
                .containsEntry("Vrijwilligers|Uren van vrijwilligers|" + VILLAGE, "5,0")
                .containsEntry("Vrijwilligers|Met een geldige VOG (einde periode)|" + VILLAGE, "2")
                .containsEntry("Vrijwilligers|Zonder geldige VOG (einde periode)|" + VILLAGE, "4")
                .containsEntry("Activiteiten|Activiteiten|" + VILLAGE, "2")
                .containsEntry("Activiteiten|Deelnemers|" + VILLAGE, "21")
                .containsEntry("Activiteiten|Uren van vrijwilligers bij activiteiten|" + VILLAGE, "10,0")
                .containsEntry("Activiteiten|Uren van de dorpsondersteuner bij activiteiten|" + VILLAGE, "1,5")
                .containsEntry("Initiatieven|Initiatieven ondersteund|" + VILLAGE, "1")
                .containsEntry("Initiatieven|Uren ondersteuning van initiatieven|" + VILLAGE, "2,5");
    }

    @Test
    void outsideHerWorkspaceSmallCountsAreSuppressedAndHoursAreNot() {
        Map<String, String> lines = ReportApiIntegrationTests.lines(report(policy.token()));

        assertThat(lines).containsEntry("Vrijwilligers|Vrijwilligers actief|" + VILLAGE, "6")
                .containsEntry("Vrijwilligers|Met een geldige VOG (einde periode)|" + VILLAGE, "<5")
                .containsEntry("Vrijwilligers|Zonder geldige VOG (einde periode)|" + VILLAGE, "<5")
                .containsEntry("Activiteiten|Activiteiten|" + VILLAGE, "<5")
                .containsEntry("Activiteiten|Deelnemers|" + VILLAGE, "21")
                .containsEntry("Initiatieven|Initiatieven ondersteund|" + VILLAGE, "<5")
                .containsEntry("Activiteiten|Uren van vrijwilligers bij activiteiten|" + VILLAGE, "10,0");
    }

    @Test
    void thePublicAnnualReportShowsThePublicFiguresOnly() {
        String slug = api.get(workspace.base() + "/villages/" + denekamp, workspace.adminToken()).json().get("slug")
                .asString();
        ApiClient.Response page = api.get("/publiek/" + workspace.slug() + "/" + slug + "/jaarverslag/"
                + ReportFixture.year(), null);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Vrijwilligers actief", "Uren van vrijwilligers", "Deelnemers",
                        "Initiatieven ondersteund")
                .doesNotContain("VOG", "Uren van de dorpsondersteuner bij activiteiten",
                        "Uren ondersteuning van initiatieven", "Vrijwilliger 0");
    }

    private tools.jackson.databind.JsonNode report(String token) {
        ApiClient.Response response = api.get(workspace.base() + "/village-reports/" + denekamp + "?year="
                + ReportFixture.year(), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static ApiClient.Response created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
