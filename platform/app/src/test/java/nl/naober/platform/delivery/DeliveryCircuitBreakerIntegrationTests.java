package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
import nl.naober.testing.TestIdentifiers;
import nl.naober.zgwfake.FaultRule;
import nl.naober.zgwfake.ZgwFake;
import nl.naober.zgwfake.ZgwFakeProperties;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
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
 * The per-municipality circuit breaker (issue #6 item 4) with the real worker route, the real ZGW
 * channel and the strict fake: municipality A's case system is down, B's is up. The fake's faults
 * match paths, not clients, so A and B each have a fake of their own (each with its own client and
 * RSIN), which also makes "requests for A" exactly the requests A's fake saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed after the class: its worker must not keep polling the shared database under other tests
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DeliveryTestConfiguration.class)
class DeliveryCircuitBreakerIntegrationTests {

    static final String SLUG_A = TestIdentifiers.uniqueSlug("breker-a");
    static final String SLUG_B = TestIdentifiers.uniqueSlug("breker-b");
    static final ZgwFakeProperties.Client CLIENT_A = ZgwFake.TEST_CLIENT;
    static final ZgwFakeProperties.Client CLIENT_B = new ZgwFakeProperties.Client("gemeente_b",
            "gemeente-b-secret-of-at-least-32-bytes", TestIdentifiers.validRsin());
    static final ZgwFake.Running FAKE_A = ZgwFake.start(new ZgwFake.Options(0, List.of(CLIENT_A), Map.of()));
    static final ZgwFake.Running FAKE_B = ZgwFake.start(new ZgwFake.Options(0, List.of(CLIENT_B), Map.of()));

    // the breaker stays open for the initial back-off (DeliveryDispatcher): long enough to look at
    // the open window, short enough for a quick test
    static final Duration OPEN = Duration.ofSeconds(3);
    // the dispatcher's breaker opens after this many calls, all failed (minimumNumberOfCalls)
    static final int THRESHOLD = 5;
    static final int INTAKES_OF_A = 12;

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        registry.add("naober.delivery.worker.enabled", () -> "true");
        registry.add("naober.delivery.worker.poll-interval", () -> "100ms");
        registry.add("naober.delivery.worker.initial-backoff", () -> OPEN.toMillis() + "ms");
        registry.add("naober.delivery.worker.max-backoff", () -> OPEN.toMillis() + "ms");
        registry.add("naober.delivery.worker.max-attempts", () -> "100");
        registry.add("naober.delivery.worker.lease", () -> "30s");
        channel(registry, SLUG_A, FAKE_A, CLIENT_A);
        channel(registry, SLUG_B, FAKE_B, CLIENT_B);
    }

    private static void channel(DynamicPropertyRegistry registry, String slug, ZgwFake.Running fake,
            ZgwFakeProperties.Client client) {
        String zgw = "naober.delivery.municipalities." + slug + ".";
        registry.add(zgw + "channel", () -> "ZGW");
        registry.add(zgw + "zgw.catalogi-url", fake::catalogiUrl);
        registry.add(zgw + "zgw.zaken-url", fake::zakenUrl);
        registry.add(zgw + "zgw.documenten-url", fake::documentenUrl);
        registry.add(zgw + "zgw.client-id", client::clientId);
        registry.add(zgw + "zgw.secret", client::secret);
        registry.add(zgw + "zgw.rsin", client::rsin);
        registry.add(zgw + "zgw.zaaktype", () -> "WMO-MELDING");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeliveryTestConfiguration.InMemoryIntakes intakes;

    @Autowired
    IntakeDeliveries deliveries;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        FAKE_A.close();
        FAKE_B.close();
    }

    @Test
    void aMunicipalityWhoseCaseSystemIsDownCostsNoAttemptsWhileItsBreakerIsOpenAndTheOthersAreDelivered()
            throws Exception {
        for (String slug : List.of(SLUG_A, SLUG_B)) {
            ApiClient.Response response = Municipalities.register(new ApiClient(port), slug, "Gemeente " + slug);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
        // queue everything before the worker's first round, so that round meets all of A's rows at once
        camel.getRouteController().stopRoute("delivery-dispatch");
        FAKE_A.control().addFault(FaultRule.down(null));
        List<DeliverableIntake> ofA = new ArrayList<>();
        for (int i = 0; i < INTAKES_OF_A; i++) {
            ofA.add(intakes.submit(SLUG_A, reference()));
        }
        List<DeliverableIntake> ofB = new ArrayList<>(List.of(intakes.submit(SLUG_B, reference()),
                intakes.submit(SLUG_B, reference())));
        camel.getRouteController().startRoute("delivery-dispatch");

        // (a) A's first failures open its breaker; the rest of A's claimed rows are released uncounted
        Intakes.awaitUntil(() -> attemptsOf(SLUG_A) >= THRESHOLD && allDelivered(SLUG_B, ofB),
                "A's breaker opening and B's first intakes delivered");
        Instant opened = lastAttemptOf(SLUG_A);
        int requestsForA = FAKE_A.control().requests().size();
        assertThat(requestsForA).as("one refused request per attempt, up to the threshold").isEqualTo(THRESHOLD);

        // (b) B is delivered while A's breaker is open
        ofB.add(intakes.submit(SLUG_B, reference()));
        ofB.add(intakes.submit(SLUG_B, reference()));
        ofB.add(intakes.submit(SLUG_B, reference()));
        Intakes.awaitUntil(() -> allDelivered(SLUG_B, ofB), "B's intakes delivered while A's breaker is open");

        // look at A well inside its open window: dozens of worker rounds later, nothing was tried for A
        Instant look = opened.plus(OPEN.multipliedBy(2).dividedBy(3));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), look).toMillis()));
        assertThat(Instant.now()).as("the machine was too slow to look inside the open window")
                .isBefore(opened.plus(OPEN));
        assertThat(FAKE_A.control().requests()).as("no request for A while its breaker is open")
                .hasSize(requestsForA);
        assertThat(attemptsOf(SLUG_A)).as("A's attempts do not grow while its breaker is open")
                .isEqualTo(THRESHOLD);
        assertThat(rowsOf(SLUG_A, "attempts = 0 and status = 'QUEUED' and claimed_until is null"))
                .as("A's other rows released without counting an attempt").isEqualTo(INTAKES_OF_A - THRESHOLD);

        // (c) A is back up: once the breaker half-opens, each of A's intakes is delivered exactly once
        FAKE_A.control().clearFaults();
        Intakes.awaitUntil(() -> allDelivered(SLUG_A, ofA), "A's intakes delivered after its case system is back");
        for (DeliverableIntake intake : ofA) {
            assertThat(zaken(FAKE_A, CLIENT_A, intake.reference())).as(intake.reference()).isEqualTo(1);
        }
        assertThat(FAKE_A.control().zakenPerIdentificatie().get(CLIENT_A.rsin())).hasSize(INTAKES_OF_A);
        for (DeliverableIntake intake : ofB) {
            assertThat(zaken(FAKE_B, CLIENT_B, intake.reference())).as(intake.reference()).isEqualTo(1);
        }
        assertThat(FAKE_A.control().violations()).isEmpty();
        assertThat(FAKE_B.control().violations()).isEmpty();
    }

    private static String reference() {
        return "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static int zaken(ZgwFake.Running fake, ZgwFakeProperties.Client client, String reference) {
        return fake.control().zakenPerIdentificatie().getOrDefault(client.rsin(), Map.of()).getOrDefault(reference, 0);
    }

    private boolean allDelivered(String slug, List<DeliverableIntake> intakesOf) {
        return TenantContext.supplyAs(TenantId.of(slug), () -> deliveries.statesOf(
                        intakesOf.stream().map(DeliverableIntake::intakeId).toList()).values().stream()
                .filter(state -> state.status() == DeliveryStatus.DELIVERED).count() == intakesOf.size());
    }

    private int attemptsOf(String slug) {
        return jdbc.sql("select coalesce(sum(attempts), 0) from " + TenantId.of(slug).schema() + ".intake_delivery")
                .query(Integer.class).single();
    }

    private Instant lastAttemptOf(String slug) {
        return jdbc.sql("select max(last_attempt_at) from " + TenantId.of(slug).schema() + ".intake_delivery")
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private int rowsOf(String slug, String condition) {
        return jdbc.sql("select count(*) from " + TenantId.of(slug).schema() + ".intake_delivery where " + condition)
                .query(Integer.class).single();
    }
}
