package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.testing.TestIdentifiers;
import nl.naober.zgwfake.NotificationDelivery;
import nl.naober.zgwfake.ZgwFake;
import nl.naober.zgwfake.ZgwFakeProperties;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status back (issue #6 item 5) with the real worker and channel routes, real PostgreSQL and the
 * strict ZGW fake, whose own notifications call the real webhook: one municipality subscribed (a
 * notification token), one polled (none). The app listens on a fixed port so the abonnement's
 * callback URL is known before it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DeliveryTestConfiguration.class)
class CaseStatusIntegrationTests {

    static final String SLUG = TestIdentifiers.uniqueSlug("zgwn");
    static final String POLLED = TestIdentifiers.uniqueSlug("zgwp");
    static final String TOKEN = "notificatie-" + UUID.randomUUID();
    static final ZgwFakeProperties.Client POLLED_CLIENT = new ZgwFakeProperties.Client("gemeente-gepeild",
            "een-geheim-van-minstens-32-bytes-lang-" + UUID.randomUUID(), "002564440");
    static final ZgwFake.Running FAKE = ZgwFake.start(ZgwFake.Options.defaults().withClient(POLLED_CLIENT));
    static final int PORT = freePort();
    static final String IN_BEHANDELING = "12121212-3434-4565-8787-909090909091";
    static final String AFGEHANDELD = "12121212-3434-4565-8787-909090909092";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("naober.delivery.worker.enabled", () -> "true");
        registry.add("naober.delivery.worker.poll-interval", () -> "100ms");
        registry.add("naober.delivery.worker.initial-backoff", () -> "100ms");
        registry.add("naober.delivery.worker.max-backoff", () -> "200ms");
        registry.add("naober.delivery.worker.status-poll-interval", () -> "300ms");
        registry.add("naober.delivery.notifications.callback-base-url", () -> "http://localhost:" + PORT);
        registry.add("naober.delivery.notifications.subscription-retry-interval", () -> "200ms");
        channel(registry, SLUG, ZgwFake.TEST_CLIENT, TOKEN);
        channel(registry, POLLED, POLLED_CLIENT, null);
    }

    private static void channel(DynamicPropertyRegistry registry, String slug, ZgwFakeProperties.Client client,
            String token) {
        String zgw = "naober.delivery.municipalities." + slug + ".";
        registry.add(zgw + "channel", () -> "ZGW");
        registry.add(zgw + "zgw.catalogi-url", FAKE::catalogiUrl);
        registry.add(zgw + "zgw.zaken-url", FAKE::zakenUrl);
        registry.add(zgw + "zgw.documenten-url", FAKE::documentenUrl);
        registry.add(zgw + "zgw.notificaties-url", FAKE::notificatiesUrl);
        registry.add(zgw + "zgw.client-id", client::clientId);
        registry.add(zgw + "zgw.secret", client::secret);
        registry.add(zgw + "zgw.rsin", client::rsin);
        registry.add(zgw + "zgw.zaaktype", () -> "WMO-MELDING");
        if (token != null) {
            registry.add(zgw + "zgw.notification-token", () -> token);
        }
    }

    @Autowired
    DeliveryTestConfiguration.InMemoryIntakes intakes;

    @Autowired
    IntakeDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CamelContext camel;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    TenantRegistry tenants;

    @Autowired
    ZgwClient zgwClient;

    @Autowired
    JsonMapper json;

    static volatile boolean registered;
    final ApiClient api = new ApiClient(PORT);

    @BeforeEach
    void municipalities() {
        if (!registered) {
            for (String slug : List.of(SLUG, POLLED)) {
                ApiClient.Response response = Municipalities.register(api, slug, "Gemeente " + slug);
                assertThat(response.status()).as(response.body()).isEqualTo(201);
            }
            registered = true;
        }
        // the fake notifies only subscribers: no test may create a status before the abonnement exists
        Intakes.awaitUntil(() -> !abonnementen().isEmpty(), "the abonnement of " + SLUG);
    }

    @AfterEach
    void noViolations() {
        assertThat(FAKE.control().violations()).isEmpty();
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void theCaseSystemsNotificationUpdatesTheIntakesStatus() {
        Delivered intake = deliver(SLUG);
        Instant setAt = laterThanTheFirstStatus();

        createStatus(ZgwFake.TEST_CLIENT, intake.caseUrl(), IN_BEHANDELING, setAt);

        CaseProgress progress = awaitCaseStatus(SLUG, intake.id(), "In behandeling");
        assertThat(progress.caseStatusAt()).isEqualTo(setAt);
        assertThat(FAKE.control().notifications()).as("the webhook answered the notifications of this zaak")
                .filteredOn(n -> n.notification().path("hoofdObject").asString().equals(intake.caseUrl()))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.status()).isEqualTo(204));
    }

    @Test
    void anOlderStatusArrivingLateDoesNotOverwriteANewerOne() {
        Delivered intake = deliver(SLUG);
        Instant newer = laterThanTheFirstStatus();
        createStatus(ZgwFake.TEST_CLIENT, intake.caseUrl(), IN_BEHANDELING, newer);
        awaitCaseStatus(SLUG, intake.id(), "In behandeling");

        // the case system now names a status set a day earlier as the zaak's current one
        String older = createStatus(ZgwFake.TEST_CLIENT, intake.caseUrl(), AFGEHANDELD, newer.minus(1, ChronoUnit.DAYS));
        Intakes.awaitUntil(() -> answered(older), "the webhook answering the notification of the older status");

        CaseProgress progress = progress(SLUG, intake.id());
        assertThat(progress.caseStatus()).isEqualTo("In behandeling");
        assertThat(progress.caseStatusAt()).isEqualTo(newer);
    }

    @Test
    void refusesNotificationsWithoutTheMunicipalitysTokenAndChangesNothing() {
        Delivered intake = deliver(SLUG);
        createStatus(ZgwFake.TEST_CLIENT, intake.caseUrl(), IN_BEHANDELING, laterThanTheFirstStatus());
        awaitCaseStatus(SLUG, intake.id(), "In behandeling");
        // as if the case system's status had not been read yet: a refused notification must not read it
        jdbc.sql("update " + TenantId.of(SLUG).schema() + ".intake_delivery set case_status = 'Oud', "
                + "case_status_at = timestamptz '2000-01-01 00:00:00Z' where intake_id = ?").params(intake.id()).update();
        String body = notification(intake.caseUrl());

        assertProblem(post(SLUG, null, body), 401);
        assertProblem(post(SLUG, "Token verkeerd-" + TOKEN, body), 403);
        assertProblem(post(SLUG, TOKEN, body), 403);
        // exactly the abonnement's auth: not another scheme's spelling, not the token with a suffix
        assertProblem(post(SLUG, "token " + TOKEN, body), 403);
        assertProblem(post(SLUG, "Token " + TOKEN + "x", body), 403);
        assertThat(post(SLUG, "Bearer " + TOKEN, body).status()).isIn(401, 403);
        // the right token, but another municipality's webhook (one without a token, one unknown)
        assertProblem(post(POLLED, "Token " + TOKEN, body), 403);
        assertProblem(post(POLLED, "Token ", body), 403);
        assertProblem(post("bestaat-niet", "Token " + TOKEN, body), 403);
        assertThat(progress(SLUG, intake.id()).caseStatus()).isEqualTo("Oud");

        assertThat(post(SLUG, "Token " + TOKEN, body).status()).isEqualTo(204);
        assertThat(progress(SLUG, intake.id()).caseStatus()).isEqualTo("In behandeling");
    }

    @Test
    void aNotificationNamingAnotherMunicipalitysZaakChangesNothing() throws Exception {
        camel.getRouteController().stopRoute("case-status-poll");
        try {
            Delivered own = deliver(SLUG);
            Delivered foreign = deliver(POLLED);
            createStatus(POLLED_CLIENT, foreign.caseUrl(), IN_BEHANDELING, laterThanTheFirstStatus());
            CaseProgress ownBefore = progress(SLUG, own.id());
            String otherHost = own.caseUrl().replace("localhost", "127.0.0.1");

            assertThat(post(SLUG, "Token " + TOKEN, notification(foreign.caseUrl())).status()).isEqualTo(204);
            assertThat(post(SLUG, "Token " + TOKEN, notification(otherHost)).status()).isEqualTo(204);

            assertThat(progress(POLLED, foreign.id()).caseStatus()).isNull();
            assertThat(progress(SLUG, own.id())).isEqualTo(ownBefore);
        } finally {
            camel.getRouteController().startRoute("case-status-poll");
        }
    }

    @Test
    void pollsTheStatusOfAMunicipalityThatCannotBeNotified() {
        Delivered intake = deliver(POLLED);
        Instant setAt = laterThanTheFirstStatus();

        createStatus(POLLED_CLIENT, intake.caseUrl(), IN_BEHANDELING, setAt);

        assertThat(awaitCaseStatus(POLLED, intake.id(), "In behandeling").caseStatusAt()).isEqualTo(setAt);
        assertThat(FAKE.control().notifications()).as("nothing notifies the polled municipality")
                .noneMatch(n -> n.callbackUrl().endsWith("/" + POLLED));
    }

    @Test
    void registersTheAbonnementOnceAcrossWorkerStarts() {
        Intakes.awaitUntil(() -> abonnementen().size() == 1, "the abonnement of " + SLUG);

        // a second worker starting (a new instance knows nothing of the first one's registration)
        int found = new ZgwSubscriptions(properties, tenants, zgwClient, json).subscribeAll();

        assertThat(found).isEqualTo(1);
        assertThat(abonnementen()).singleElement().satisfies(abonnement -> {
            assertThat(abonnement.get("callbackUrl").asString())
                    .isEqualTo("http://localhost:" + PORT + "/api/v1/zgw-notificaties/" + SLUG);
            assertThat(abonnement.get("auth").asString()).isEqualTo("Token " + TOKEN);
            assertThat(abonnement.get("kanalen").get(0).get("naam").asString()).isEqualTo("zaken");
            assertThat(abonnement.get("kanalen").get(0).get("filters").get("bronorganisatie").asString())
                    .isEqualTo(ZgwFake.TEST_CLIENT.rsin());
        });
        assertThat(FAKE.control().counts().get("abonnementen")).as("none for the polled municipality").isEqualTo(1);
    }

    @Test
    void refusesABodyAgainstTheWebhookDocumentWithEveryProblemAtOnce() {
        ApiClient.Response invalid = post(SLUG, "Token " + TOKEN, """
                {"kanaal": "", "hoofdObject": "geen url", "resourceUrl": 7, "actie": "%s",
                 "aanmaakdatum": "gisteren", "kenmerken": {"bronorganisatie": 123456782}}""".formatted("x".repeat(101)));
        assertProblem(invalid, 400);
        assertThat(invalid.invalidFields()).containsExactlyInAnyOrder("kanaal", "hoofdObject", "resource",
                "resourceUrl", "actie", "aanmaakdatum", "kenmerken");

        assertProblem(post(SLUG, "Token " + TOKEN, "{\"kanaal\": "), 400);
        assertProblem(post(SLUG, "Token " + TOKEN, "[]"), 400);
        assertProblem(post(SLUG, "Token " + TOKEN, ""), 400);
    }

    // ---- helpers

    record Delivered(UUID id, String caseUrl) {
    }

    private Delivered deliver(String slug) {
        DeliverableIntake intake = intakes.submit(slug, "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        Intakes.awaitUntil(() -> state(slug, intake.intakeId()).status() == DeliveryStatus.DELIVERED,
                "delivery of " + intake.reference());
        String caseUrl = jdbc.sql("select case_url from " + TenantId.of(slug).schema()
                + ".intake_delivery where intake_id = ?").params(intake.intakeId()).query(String.class).single();
        return new Delivered(intake.intakeId(), caseUrl);
    }

    private DeliveryState state(String slug, UUID intakeId) {
        return TenantContext.supplyAs(TenantId.of(slug), () -> deliveries.stateOf(intakeId)).orElseThrow();
    }

    private CaseProgress progress(String slug, UUID intakeId) {
        return state(slug, intakeId).progress();
    }

    private CaseProgress awaitCaseStatus(String slug, UUID intakeId, String status) {
        Intakes.awaitUntil(() -> status.equals(progress(slug, intakeId).caseStatus()),
                "case status " + status + " (now " + progress(slug, intakeId) + ")");
        return progress(slug, intakeId);
    }

    /** Whether the webhook answered (2xx) a notification about this resource. */
    private static boolean answered(String resourceUrl) {
        return FAKE.control().notifications().stream().filter(n -> n.status() / 100 == 2)
                .map(NotificationDelivery::notification)
                .anyMatch(n -> n.path("resourceUrl").asString().equals(resourceUrl));
    }

    /** A status set by the municipality in its case system, as its own client does; the status' url. */
    private static String createStatus(ZgwFakeProperties.Client client, String zaakUrl, String statustype, Instant at) {
        String body = """
                {"zaak": "%s", "statustype": "%s/statustypen/%s", "datumStatusGezet": "%s"}"""
                .formatted(zaakUrl, FAKE.catalogiUrl(), statustype, at);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(FAKE.zakenUrl() + "/statussen"))
                .header("Authorization", "Bearer " + FAKE.token(client.clientId()))
                .header("Content-Type", "application/json")
                .header("Content-Crs", "EPSG:4326")
                .header("Accept-Crs", "EPSG:4326")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("url").asString();
    }

    private static List<JsonNode> abonnementen() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(FAKE.notificatiesUrl() + "/abonnement"))
                .header("Authorization", "Bearer " + FAKE.token(ZgwFake.TEST_CLIENT.clientId())).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        JSON.readTree(response.body()).forEach(list::add);
        return list;
    }

    private static String notification(String zaakUrl) {
        return """
                {"kanaal": "zaken", "hoofdObject": "%s", "resource": "status", "resourceUrl": "%s",
                 "actie": "create", "aanmaakdatum": "%s", "kenmerken": {"bronorganisatie": "123456782"}}"""
                .formatted(zaakUrl, FAKE.zakenUrl() + "/statussen/" + UUID.randomUUID(), Instant.now());
    }

    private ApiClient.Response post(String slug, String authorization, String body) {
        return authorization == null
                ? api.send("POST", "/api/v1/zgw-notificaties/" + slug, null, body, "application/json")
                : api.send("POST", "/api/v1/zgw-notificaties/" + slug, null, body, "application/json",
                        "Authorization", authorization);
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A status time after the delivery's first status: the case system stores whole seconds here, and
     * the first status carries the moment of delivery, so "now" truncated may lie before it.
     */
    private static Instant laterThanTheFirstStatus() {
        return Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }
}
