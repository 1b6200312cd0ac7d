package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestIdentifiers;
import nl.naober.zgwfake.ZgwFake;
import nl.naober.zgwfake.ZgwFakeProperties;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Status polling stops for a closed zaak: with the real worker, channel and polling routes, real
 * PostgreSQL and the strict ZGW fake (a municipality without a notification token, so polled). Once
 * the municipality sets the zaaktype's last status (the fake then sets the zaak's einddatum), the
 * next poll reads the zaak once, records it closed, and no later poll asks for it again, while an
 * open zaak of the same municipality goes on being polled. Requests are counted at the fake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DeliveryTestConfiguration.class)
class ClosedCasePollingIntegrationTests {

    static final String POLLED = TestIdentifiers.uniqueSlug("zgwc");
    static final ZgwFakeProperties.Client CLIENT = new ZgwFakeProperties.Client("gemeente-gesloten",
            "een-geheim-van-minstens-32-bytes-lang-" + UUID.randomUUID(), "002564440");
    static final ZgwFake.Running FAKE = ZgwFake.start(ZgwFake.Options.defaults().withClient(CLIENT));
    static final String AFGEHANDELD = "12121212-3434-4565-8787-909090909092";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        registry.add("naober.delivery.worker.enabled", () -> "true");
        registry.add("naober.delivery.worker.poll-interval", () -> "100ms");
        registry.add("naober.delivery.worker.initial-backoff", () -> "100ms");
        registry.add("naober.delivery.worker.max-backoff", () -> "200ms");
        registry.add("naober.delivery.worker.status-poll-interval", () -> "200ms");
        String zgw = "naober.delivery.municipalities." + POLLED + ".";
        registry.add(zgw + "channel", () -> "ZGW");
        registry.add(zgw + "zgw.catalogi-url", FAKE::catalogiUrl);
        registry.add(zgw + "zgw.zaken-url", FAKE::zakenUrl);
        registry.add(zgw + "zgw.documenten-url", FAKE::documentenUrl);
        registry.add(zgw + "zgw.notificaties-url", FAKE::notificatiesUrl);
        registry.add(zgw + "zgw.client-id", CLIENT::clientId);
        registry.add(zgw + "zgw.secret", CLIENT::secret);
        registry.add(zgw + "zgw.rsin", CLIENT::rsin);
        registry.add(zgw + "zgw.zaaktype", () -> "WMO-MELDING");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeliveryTestConfiguration.InMemoryIntakes intakes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamelContext camel;

    @AfterEach
    void noViolations() {
        assertThat(FAKE.control().violations()).isEmpty();
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void aClosedZaakIsReadOnceMoreAndThenNoLongerPolled() throws Exception {
        ApiClient.Response registered = Municipalities.register(new ApiClient(port), POLLED, "Gemeente " + POLLED);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String closing = deliver();
        String open = deliver();
        Intakes.awaitUntil(() -> zaakReads(closing) > 0 && zaakReads(open) > 0, "the first polls of both zaken");
        assertThat(closedOn(closing)).as("open after delivery").isNull();

        // no poll in flight while the municipality closes the zaak: every read counted after it sees it closed
        camel.getRouteController().stopRoute("case-status-poll");
        Instant setAt = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        createStatus(closing, AFGEHANDELD, setAt);
        long closingBefore = zaakReads(closing);
        long openBefore = zaakReads(open);
        camel.getRouteController().startRoute("case-status-poll");

        Intakes.awaitUntil(() -> closedOn(closing) != null, "the closed zaak recorded as closed");
        assertThat(closedOn(closing)).isEqualTo(LocalDate.ofInstant(setAt, ZoneId.of("Europe/Amsterdam")));
        assertThat(caseStatus(closing)).isEqualTo("Afgehandeld");
        // several more rounds: the open zaak is read again and again, the closed one no more
        Intakes.awaitUntil(() -> zaakReads(open) >= openBefore + 4, "four more polls of the open zaak");
        assertThat(zaakReads(closing)).as("read once after it was closed").isEqualTo(closingBefore + 1);
        assertThat(closedOn(open)).isNull();
    }

    private String deliver() {
        DeliverableIntake intake = intakes.submit(POLLED,
                "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        Intakes.awaitUntil(() -> "DELIVERED".equals(column(intake.intakeId(), "status")),
                "delivery of " + intake.reference());
        return column(intake.intakeId(), "case_url");
    }

    private String column(UUID intake, String column) {
        return jdbc.sql("select " + column + " from " + TenantId.of(POLLED).schema()
                + ".intake_delivery where intake_id = ?").params(intake).query(String.class).single();
    }

    private LocalDate closedOn(String caseUrl) {
        return jdbc.sql("select case_closed_on from " + TenantId.of(POLLED).schema()
                + ".intake_delivery where case_url = ?").params(caseUrl).query(LocalDate.class).list().getFirst();
    }

    private String caseStatus(String caseUrl) {
        return jdbc.sql("select case_status from " + TenantId.of(POLLED).schema()
                + ".intake_delivery where case_url = ?").params(caseUrl).query(String.class).single();
    }

    /** How often the fake answered a GET of this zaak itself (not of lists or other resources). */
    private static long zaakReads(String caseUrl) {
        String path = URI.create(caseUrl).getPath();
        return FAKE.control().requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals(path) && r.status() == 200).count();
    }

    /** A status set by the municipality in its case system, as its own client does. */
    private static void createStatus(String zaakUrl, String statustype, Instant at) {
        String body = """
                {"zaak": "%s", "statustype": "%s/statustypen/%s", "datumStatusGezet": "%s"}"""
                .formatted(zaakUrl, FAKE.catalogiUrl(), statustype, at);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(FAKE.zakenUrl() + "/statussen"))
                .header("Authorization", "Bearer " + FAKE.token(CLIENT.clientId()))
                .header("Content-Type", "application/json")
                .header("Content-Crs", "EPSG:4326")
                .header("Accept-Crs", "EPSG:4326")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
