package nl.naober.platform.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Mijn ontwikkeling" for the supporter and "Inwerken" for the administrator: flows, refused input, access. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnboardingPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Pages pages;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "ontwikkeling");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void theSupporterTicksItemsOffWritesAReflectionAndRecordsATrainingThatTheAdministratorSeesWithoutHerTexts() {
        Document mine = Pages.html(ok(pages.get("/mijn-ontwikkeling", anna.token())));
        assertThat(mine.select("h1").text()).isEqualTo("Mijn ontwikkeling");
        assertThat(mine.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Mijn ontwikkeling");
        assertThat(mine.select("main").text()).contains("0 van 12 taken gedaan");
        Element klankbord = mine.select("main li").stream().filter(li -> li.text().contains("klankbordgroep"))
                .findFirst().orElseThrow();
        String action = klankbord.selectFirst("form").attr("action");

        ApiClient.Response ticked = pages.post(action, anna.token(), "done=true");
        assertThat(ticked.status()).isEqualTo(302);
        assertThat(ticked.header("Location")).isEqualTo("/mijn-ontwikkeling?gelukt=taak");
        Document after = Pages.html(ok(pages.get("/mijn-ontwikkeling?gelukt=taak", anna.token())));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("Uw inwerklijst is bijgewerkt.");
        assertThat(after.select("main").text()).contains("1 van 12 taken gedaan", "Gedaan op");

        String note = "Notitie" + UUID.randomUUID();
        Document itemPage = Pages.html(ok(pages.get(action, anna.token())));
        assertThat(itemPage.select("input[name=done][checked]").eachAttr("value")).containsExactly("true");
        assertThat(pages.post(action, anna.token(), "done=true", "doneOn=" + today(), "note=" + note).status())
                .isEqualTo(302);

        String reflection = "Reflectie" + UUID.randomUUID();
        ApiClient.Response reflected = pages.post("/mijn-ontwikkeling/reflecties", anna.token(),
                "writtenOn=" + today(), "competences=C12", "text=" + reflection);
        assertThat(reflected.status()).as(reflected.body()).isEqualTo(302);
        Document reflections = Pages.html(ok(pages.get(reflected.header("Location"), anna.token())));
        assertThat(reflections.select("main li").text()).contains(reflection, "C12");
        assertThat(reflections.select("main").text()).contains("Alleen u kunt uw reflecties lezen");

        ApiClient.Response trained = pages.post("/mijn-ontwikkeling/trainingen", anna.token(), "title=Sociale kaart",
                "provider=Gemeente", "attendedOn=" + today(), "hours=3,5", "certificate=", "competences=C9");
        assertThat(trained.status()).as(trained.body()).isEqualTo(302);
        assertThat(Pages.html(ok(pages.get("/mijn-ontwikkeling/trainingen", anna.token()))).select("main").text())
                .contains("Sociale kaart", "3,5 uur", "1 training, 3,5 uur");

        ApiClient.Response overview = ok(pages.get("/inwerken", workspace.adminToken()));
        Document progress = Pages.html(overview);
        assertThat(progress.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Inwerken");
        assertThat(progress.select("main").text()).contains("1 van 12 taken gedaan", "Denekamp");
        ApiClient.Response detail = ok(pages.get("/inwerken/" + anna.memberId(), workspace.adminToken()));
        assertThat(Pages.html(detail).select("main").text()).contains("Gedaan op", "Nog niet gedaan", "Sociale kaart",
                "Het openen van deze pagina wordt vastgelegd.");
        assertThat(overview.body() + detail.body()).doesNotContain(note, reflection);
    }

    @Test
    void refusedFormsAreShownAgainWithA422AndNothingIsSaved() {
        ApiClient.Response reflection = pages.post("/mijn-ontwikkeling/reflecties", anna.token(), "writtenOn=gisteren",
                "competences=C13", "text=");
        assertThat(reflection.status()).isEqualTo(422);
        Document html = Pages.html(reflection);
        assertThat(html.title()).startsWith("Fout:");
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#writtenOn",
                "#competences", "#text");
        assertThat(html.getElementById("text-error").text()).contains("Schrijf uw reflectie.");
        assertThat(html.selectFirst("details").hasAttr("open")).isTrue();

        ApiClient.Response training = pages.post("/mijn-ontwikkeling/trainingen", anna.token(), "title=Cursus",
                "provider=", "attendedOn=" + today().plusDays(5), "hours=een middag");
        assertThat(training.status()).isEqualTo(422);
        Document trainingHtml = Pages.html(training);
        assertThat(trainingHtml.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#provider",
                "#attendedOn", "#hours");
        assertThat(trainingHtml.getElementById("hours").val()).isEqualTo("een middag");
        assertThat(trainingHtml.getElementById("hours-error").text()).contains("bijvoorbeeld 3,5");

        String item = api.get(workspace.base() + "/me/onboarding", anna.token()).json().get("items").get(0).get("id")
                .asString();
        ApiClient.Response progress = pages.post("/mijn-ontwikkeling/taken/" + item, anna.token(), "done=",
                "doneOn=" + today().plusDays(1), "note=" + "n".repeat(1001));
        assertThat(progress.status()).isEqualTo(422);
        assertThat(Pages.html(progress).select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#done",
                "#doneOn", "#note");

        ApiClient.Response newItem = pages.post("/inwerken/checklist", workspace.adminToken(), "title=",
                "competence=C77", "position=eerste");
        assertThat(newItem.status()).isEqualTo(422);
        assertThat(Pages.html(newItem).select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#title",
                "#competence", "#position");
        assertThat(Pages.html(newItem).getElementById("position-error").text()).contains("Vul een geheel getal in");
        ApiClient.Response changed = pages.post("/inwerken/checklist/" + item, workspace.adminToken(), "title=",
                "position=0", "retired=false");
        assertThat(changed.status()).isEqualTo(422);
        assertThat(Pages.html(changed).getElementById("title").attr("aria-invalid")).isEqualTo("true");

        assertThat(workspace.count("reflection_entry")).isZero();
        assertThat(workspace.count("training")).isZero();
        assertThat(workspace.count("onboarding_progress")).isZero();
        assertThat(workspace.count("onboarding_item")).isEqualTo(12);
    }

    @Test
    void theAdministratorAddsRenamesAndRetiresItemsOnTheChecklistPage() {
        ApiClient.Response added = pages.post("/inwerken/checklist", workspace.adminToken(),
                "title=Meelopen met de wijkagent", "competence=C8", "position=1");
        assertThat(added.status()).as(added.body()).isEqualTo(302);
        Document list = Pages.html(ok(pages.get(added.header("Location"), workspace.adminToken())));
        assertThat(list.selectFirst("[role=status]").text()).isEqualTo("De taak staat op de inwerklijst.");
        assertThat(list.select("main ol li a").eachText().getFirst()).isEqualTo("Meelopen met de wijkagent");
        String href = list.selectFirst("main ol li a").attr("href");

        Document edit = Pages.html(ok(pages.get(href, workspace.adminToken())));
        assertThat(edit.getElementById("title").val()).isEqualTo("Meelopen met de wijkagent");
        assertThat(edit.select("input[name=competence][checked]").eachAttr("value")).containsExactly("C8");
        ApiClient.Response retired = pages.post(href, workspace.adminToken(), "title=Meelopen met de wijkagent",
                "competence=C8", "position=12", "retired=true");
        assertThat(retired.status()).as(retired.body()).isEqualTo(302);
        assertThat(Pages.html(ok(pages.get("/inwerken/checklist", workspace.adminToken()))).select("main ol li")
                .eachText()).element(11).asString().contains("Meelopen met de wijkagent", "Niet meer in gebruik");
        assertThat(Pages.html(ok(pages.get("/mijn-ontwikkeling", anna.token()))).select("main").text())
                .doesNotContain("wijkagent").contains("0 van 12 taken gedaan");
    }

    @Test
    void eachSideOfOnboardingIsOnlyForItsRoleAndHerOwnRecordsOnly() {
        Workspace.Colleague bert = workspace.colleague("supporter", denekamp);
        String reflection = api.post(workspace.base() + "/me/reflections", anna.token(), "{\"text\": \"Van Anna\"}")
                .json().get("id").asString();
        String training = api.post(workspace.base() + "/me/trainings", anna.token(), "{\"title\": \"T\", \"provider\":"
                + " \"P\", \"attendedOn\": \"" + today() + "\", \"hours\": 1}").json().get("id").asString();
        assertThat(pages.post("/mijn-ontwikkeling/reflecties/" + reflection + "/verwijderen", bert.token()).status())
                .isEqualTo(404);
        assertThat(pages.post("/mijn-ontwikkeling/trainingen/" + training + "/verwijderen", bert.token()).status())
                .isEqualTo(404);
        assertThat(ok(pages.get("/mijn-ontwikkeling/reflecties", bert.token())).body()).doesNotContain("Van Anna");
        for (String role : List.of("sounding-board", "wmo-consultant", "policy-officer", "privacy-officer")) {
            String token = workspace.colleague(role).token();
            for (String page : List.of("/mijn-ontwikkeling", "/mijn-ontwikkeling/reflecties", "/inwerken",
                    "/inwerken/checklist", "/inwerken/" + anna.memberId())) {
                assertThat(pages.get(page, token).status()).as(role + " " + page).isEqualTo(403);
            }
        }
        assertThat(pages.get("/mijn-ontwikkeling/reflecties", workspace.adminToken()).status()).isEqualTo(403);
        assertThat(pages.get("/inwerken", anna.token()).status()).isEqualTo(403);
        assertThat(pages.post("/mijn-ontwikkeling/reflecties/" + reflection + "/verwijderen", anna.token()).status())
                .isEqualTo(302);
        assertThat(workspace.count("reflection_entry")).isZero();
        assertThat(workspace.count("training")).isEqualTo(1);
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
