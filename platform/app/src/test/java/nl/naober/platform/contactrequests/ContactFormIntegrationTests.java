package nl.naober.platform.contactrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public contact form of a village: no login, spam-resistant, nothing shown back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactFormIntegrationTests {

    private static final String[] VALID = {"name=Gerda Nijhuis", "phone=0541 123456", "email=",
            "message=Mijn buurvrouw is veel alleen sinds haar man overleed.", "preferredTime=na 17.00 uur",
            "consent=true", "website="};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String form;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "contactformulier");
        denekamp = workspace.village("Denekamp");
        workspace.village("Ootmarsum");
        form = "/publiek/" + workspace.slug() + "/denekamp/contact";
    }

    @Test
    void theFormHasALabelledFieldForEverythingAndAHoneypotHiddenFromPeople() {
        ApiClient.Response response = api.get(form, null);

        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").eachText()).containsExactly("Bericht aan de dorpsondersteuner van Denekamp");
        for (String field : List.of("name", "phone", "email", "message", "preferredTime", "consent")) {
            assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
        }
        var honeypot = page.getElementById("website");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.attr("autocomplete")).isEqualTo("off");
        assertThat(honeypot.parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(honeypot.parent().hasClass("naober-visually-hidden")).isTrue();
        assertThat(page.selectFirst("form").attr("action")).isEqualTo(form);
        assertThat(page.select("input[name=_csrf]")).isEmpty();
    }

    @Test
    void aResidentSendsAMessageAndTheThankYouPageShowsNothingOfItWhileItIsStoredEncrypted() {
        ApiClient.Response sent = submit("192.0.2.10", VALID);

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo(form + "/bedankt");
        ApiClient.Response thanks = api.get(sent.header("Location"), null);
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("Bedankt, uw bericht is verstuurd").doesNotContain("Gerda")
                .doesNotContain("buurvrouw").doesNotContain("0541");
        assertThat(Jsoup.parse(thanks.body()).selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");

        assertThat(workspace.count("contact_request")).isEqualTo(1);
        String raw = jdbc.sql("select name_enc || phone_enc || message_enc || preferred_time_enc from " + schema()
                + ".contact_request").query(String.class).single();
        assertThat(raw).startsWith("v1.").doesNotContain("Gerda").doesNotContain("buurvrouw").doesNotContain("0541");
        assertThat(jdbc.sql("select village_id from " + schema() + ".contact_request").query(UUID.class).single())
                .isEqualTo(UUID.fromString(denekamp));
        assertThat(jdbc.sql("select count(*) from " + schema() + ".audit_event where action = 'CREATE'"
                + " and record_type = 'contact-request'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAnonymousMessageWithOnlyAnEmailAddressIsAccepted() {
        ApiClient.Response sent = submit("192.0.2.11", "email=iemand@example.nl", "message=Graag contact.",
                "consent=true");

        assertThat(sent.status()).isEqualTo(303);
        assertThat(workspace.count("contact_request")).isEqualTo(1);
    }

    @Test
    void badInputIsShownAgainWith422TheDutchMessagesAndTheValuesAndNothingIsStored() {
        ApiClient.Response refused = submit("192.0.2.12", "name=" + "x".repeat(121), "phone=", "email=",
                "message=" + "y".repeat(2001), "preferredTime=");

        assertThat(refused.status()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#name", "#phone",
                "#message", "#consent");
        assertThat(page.getElementById("phone-error").text()).contains("telefoonnummer of een e-mailadres");
        assertThat(page.getElementById("consent-error").text()).contains("contact met u mag opnemen");
        assertThat(page.getElementById("message-error").text()).contains("hoogstens 2.000 tekens");
        assertThat(page.getElementById("message").text()).isEqualTo("y".repeat(2001));

        ApiClient.Response wrong = submit("192.0.2.12", "phone=bel me", "email=geen-adres", "message=Hallo",
                "consent=true");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#phone", "#email");
        assertThat(workspace.count("contact_request")).isZero();
        assertThat(workspace.count("contact_request_attempt")).isZero();
    }

    @Test
    void aFilledHoneypotGetsTheSameThankYouButNothingIsStoredOrCounted() {
        String[] bot = Arrays.copyOf(VALID, VALID.length);
        bot[VALID.length - 1] = "website=https://spam.example";

        ApiClient.Response sent = submit("192.0.2.13", bot);

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo(form + "/bedankt");
        assertThat(workspace.count("contact_request")).isZero();
        assertThat(workspace.count("contact_request_attempt")).isZero();
    }

    @Test
    void theFourthMessageFromOneAddressWithinAnHourGetsADutchPageWith429AndIsNotStored() {
        for (int i = 0; i < ContactRequestLimits.PER_ADDRESS_PER_HOUR; i++) {
            assertThat(submit("192.0.2.20", VALID).status()).isEqualTo(303);
        }

        ApiClient.Response limited = submit("192.0.2.20", VALID);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("Uw bericht is niet verstuurd", "Probeer het over een uur")
                .doesNotContain("Gerda").doesNotContain("buurvrouw");
        assertThat(workspace.count("contact_request")).isEqualTo(3);
        assertThat(submit("192.0.2.21", VALID).status()).as("another address").isEqualTo(303);
        assertThat(workspace.count("contact_request")).isEqualTo(4);
        List<String> hashes = jdbc.sql("select address_hash from " + schema() + ".contact_request_attempt")
                .query(String.class).list();
        assertThat(hashes).hasSize(4).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}")
                .doesNotContain("192"));
    }

    @Test
    void aVillageTakesAtMostThirtyMessagesADayAndCountersOlderThanADayArePurged() {
        Instant now = Instant.now();
        for (int i = 0; i < ContactRequestLimits.PER_VILLAGE_PER_DAY; i++) {
            attempt(denekamp, now.minus(Duration.ofHours(2)));
        }
        attempt(denekamp, now.minus(Duration.ofHours(25)));

        assertThat(submit("192.0.2.30", VALID).status()).isEqualTo(429);
        assertThat(workspace.count("contact_request")).isZero();
        assertThat(workspace.count("contact_request_attempt")).as("the day-old counter purged")
                .isEqualTo(ContactRequestLimits.PER_VILLAGE_PER_DAY);

        ApiClient.Response otherVillage = api.send("POST", "/publiek/" + workspace.slug() + "/ootmarsum/contact",
                null, encode(VALID), "application/x-www-form-urlencoded", "X-Naober-Client-Address", "192.0.2.30");
        assertThat(otherVillage.status()).isEqualTo(303);
    }

    @Test
    void anUnknownVillageOrMunicipalityIsTheNotFoundPageAndStoresNothing() {
        assertThat(api.get("/publiek/" + workspace.slug() + "/bestaat-niet/contact", null).status()).isEqualTo(404);
        ApiClient.Response post = api.send("POST", "/publiek/" + workspace.slug() + "/bestaat-niet/contact", null,
                encode(VALID), "application/x-www-form-urlencoded");
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.body()).contains("Deze pagina bestaat niet");
        assertThat(api.get("/publiek/bestaat-niet/denekamp/contact", null).status()).isEqualTo(404);
        assertThat(workspace.count("contact_request")).isZero();
    }

    private ApiClient.Response submit(String address, String... fields) {
        return api.send("POST", form, null, encode(fields), "application/x-www-form-urlencoded",
                "X-Naober-Client-Address", address);
    }

    private void attempt(String village, Instant at) {
        jdbc.sql("insert into " + schema() + ".contact_request_attempt (address_hash, village_id, attempted_at)"
                + " values (?, ?, ?)").params("0".repeat(64), UUID.fromString(village), Timestamp.from(at)).update();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    static String encode(String... fields) {
        return Arrays.stream(fields).map(field -> {
            int equals = field.indexOf('=');
            return URLEncoder.encode(field.substring(0, equals), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.substring(equals + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
    }
}
