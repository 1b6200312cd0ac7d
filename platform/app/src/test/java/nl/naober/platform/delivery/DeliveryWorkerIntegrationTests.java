package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
import nl.naober.testing.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The worker's dispatch route and dispatcher against the real database, with a stub channel route
 * standing in for the case system so each outcome (success, retryable, permanent) can be forced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed after the class: its worker must not keep polling the shared database under other tests
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import({DeliveryTestConfiguration.class, DeliveryWorkerIntegrationTests.StubChannel.class})
class DeliveryWorkerIntegrationTests {

    static final String SLUG = TestIdentifiers.uniqueSlug("levering");
    // per reference: how many times the stub fails (retryably) before it succeeds; -1 = refuse permanently
    static final Map<String, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
    static final Map<String, ConcurrentLinkedQueue<Integer>> CALLS = new ConcurrentHashMap<>();
    static final Map<String, String> TENANTS_SEEN = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        registry.add("naober.delivery.worker.enabled", () -> "true");
        registry.add("naober.delivery.worker.poll-interval", () -> "100ms");
        registry.add("naober.delivery.worker.initial-backoff", () -> "100ms");
        registry.add("naober.delivery.worker.max-backoff", () -> "300ms");
        registry.add("naober.delivery.worker.max-attempts", () -> "3");
        registry.add("naober.delivery.worker.lease", () -> "5s");
        registry.add("naober.delivery.municipalities." + SLUG + ".channel", () -> "ZGW");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryTestConfiguration.InMemoryIntakes intakes;

    @Autowired
    IntakeDeliveries deliveries;

    @Autowired
    DeliveryDispatcher dispatcher;

    static volatile boolean registered;

    @BeforeEach
    void municipality() {
        if (!registered) {
            ApiClient.Response response = Municipalities.register(new ApiClient(port), SLUG, "Gemeente Levering");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            registered = true;
        }
    }

    @Test
    void deliversAQueuedIntakeOnceWithTheCaseIdentification() {
        String reference = reference();
        DeliverableIntake intake = intakes.submit(SLUG, reference);

        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);

        assertThat(state.attempts()).isEqualTo(1);
        assertThat(state.failureReason()).isNull();
        assertThat(state.progress().caseIdentification()).isEqualTo("ZAAK-" + reference);
        assertThat(caseUrl(intake.intakeId())).isEqualTo("https://zaken.example/zaken/" + reference);
        assertThat(CALLS.get(reference)).containsExactly(1);
        assertThat(TENANTS_SEEN.get(reference)).isEqualTo(SLUG);
        assertThat(intakes.purposes).contains(DeliveryDispatcher.PURPOSE);
    }

    @Test
    void retriesWithBackOffUntilTheChannelTakesIt() {
        String reference = reference();
        FAILURES_LEFT.put(reference, new AtomicInteger(2));
        DeliverableIntake intake = intakes.submit(SLUG, reference);

        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);

        assertThat(state.attempts()).isEqualTo(3);
        assertThat(CALLS.get(reference)).containsExactly(1, 2, 3);
    }

    @Test
    void parksAPermanentRefusalAtOnceWithTheReasonAndDoesNotRetryIt() throws InterruptedException {
        String reference = reference();
        FAILURES_LEFT.put(reference, new AtomicInteger(-1));
        DeliverableIntake intake = intakes.submit(SLUG, reference);

        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.FAILED);
        Thread.sleep(500);

        assertThat(state.attempts()).isEqualTo(1);
        assertThat(state.failureReason()).isEqualTo("zaaktype: onbekend zaaktype");
        assertThat(CALLS.get(reference)).containsExactly(1);
    }

    @Test
    void parksAfterTheLastAttemptAndTheAdminsRetryQueuesItAgainWithAttemptsReset() {
        String reference = reference();
        FAILURES_LEFT.put(reference, new AtomicInteger(3));
        DeliverableIntake intake = intakes.submit(SLUG, reference);

        DeliveryState parked = awaitStatus(intake.intakeId(), DeliveryStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.failureReason()).contains("case system unavailable");
        assertThat(inTenant(() -> deliveries.failed()).stream().map(DeliveryState::intakeId))
                .contains(intake.intakeId());

        assertThat(inTenant(() -> deliveries.retry(intake.intakeId()))).isTrue();
        DeliveryState delivered = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);

        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(CALLS.get(reference)).containsExactly(1, 2, 3, 1);
        assertThat(inTenant(() -> deliveries.failed()).stream().map(DeliveryState::intakeId))
                .doesNotContain(intake.intakeId());
        assertThat(inTenant(() -> deliveries.retry(intake.intakeId()))).as("only a failed delivery").isFalse();
    }

    @Test
    void anotherMunicipalityCannotRetryOrSeeTheFailedDelivery() {
        String reference = reference();
        FAILURES_LEFT.put(reference, new AtomicInteger(-1));
        DeliverableIntake intake = intakes.submit(SLUG, reference);
        awaitStatus(intake.intakeId(), DeliveryStatus.FAILED);
        String other = Municipalities.register(new ApiClient(port), "andere");

        TenantId otherTenant = TenantId.of(other);
        assertThat(TenantContext.supplyAs(otherTenant, () -> deliveries.failed())).isEmpty();
        assertThat(TenantContext.supplyAs(otherTenant, () -> deliveries.retry(intake.intakeId()))).isFalse();
        assertThat(state(intake.intakeId()).status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void concurrentDispatchersDeliverEachIntakeOnce() throws Exception {
        List<String> references = new java.util.ArrayList<>();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String reference = reference();
            references.add(reference);
            ids.add(intakes.submit(SLUG, reference).intakeId());
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> rounds = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(pool.submit(dispatcher::dispatchDue));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        }
        for (UUID id : ids) {
            awaitStatus(id, DeliveryStatus.DELIVERED);
        }
        for (String reference : references) {
            assertThat(CALLS.get(reference)).as(reference).containsExactly(1);
        }
    }

    @Test
    void backOffGrowsExponentiallyUpToTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(dispatcher.backoff(3)).isEqualTo(Duration.ofMillis(300));
        assertThat(dispatcher.backoff(9)).isEqualTo(Duration.ofMillis(300));
    }

    private static String reference() {
        return "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return TenantContext.supplyAs(TenantId.of(SLUG), work);
    }

    private DeliveryState state(UUID intakeId) {
        return inTenant(() -> deliveries.stateOf(intakeId)).orElseThrow();
    }

    private String caseUrl(UUID intakeId) {
        return jdbc.sql("select case_url from " + TenantId.of(SLUG).schema() + ".intake_delivery where intake_id = ?")
                .params(intakeId).query(String.class).single();
    }

    private DeliveryState awaitStatus(UUID intakeId, DeliveryStatus status) {
        Intakes.awaitUntil(() -> state(intakeId).status() == status, "delivery of " + intakeId + " reaching " + status);
        return state(intakeId);
    }

    /** Stands in for the ZGW case system: follows FAILURES_LEFT per reference and records every call. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StubChannel {

        @Bean
        @org.springframework.context.annotation.Primary
        ZgwDelivery stubZgw(DeliveryProperties properties, ZgwClient client,
                tools.jackson.databind.json.JsonMapper json, java.time.Clock clock) {
            return new ZgwDelivery(properties, client, json, clock) {
                @Override
                Delivered deliver(nl.naober.kernel.TenantId tenant, int attempt, DeliverableIntake intake) {
                    String reference = intake.reference();
                    TENANTS_SEEN.put(reference, tenant.slug());
                    CALLS.computeIfAbsent(reference, r -> new ConcurrentLinkedQueue<>()).add(attempt);
                    AtomicInteger left = FAILURES_LEFT.get(reference);
                    if (left != null && left.get() < 0) {
                        throw new PermanentDeliveryFailure("zaaktype: onbekend zaaktype");
                    }
                    if (left != null && left.getAndDecrement() > 0) {
                        throw new IllegalStateException("case system unavailable");
                    }
                    return new Delivered("ZAAK-" + reference, "https://zaken.example/zaken/" + reference);
                }
            };
        }
    }
}
