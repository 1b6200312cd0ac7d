package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
import nl.naober.testing.TestIdentifiers;
import nl.naober.zgwfake.FaultRule;
import nl.naober.zgwfake.ZgwFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fault tests of the delivery (issue #6 item 7): the real worker route, the real ZGW channel route,
 * real PostgreSQL and the strict in-process ZGW fake with its faults; counted on the fake's side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed after the class: its worker must not keep polling the shared database under other tests
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DeliveryTestConfiguration.class)
class ZgwDeliveryIntegrationTests {

    static final String SLUG = TestIdentifiers.uniqueSlug("zgw");
    static final String RSIN = ZgwFake.TEST_CLIENT.rsin();
    static final ZgwFake.Running FAKE = ZgwFake.start(ZgwFake.Options.defaults());

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        registry.add("naober.delivery.worker.enabled", () -> "true");
        registry.add("naober.delivery.worker.poll-interval", () -> "100ms");
        registry.add("naober.delivery.worker.initial-backoff", () -> "100ms");
        registry.add("naober.delivery.worker.max-backoff", () -> "200ms");
        registry.add("naober.delivery.worker.max-attempts", () -> "100");
        registry.add("naober.delivery.worker.lease", () -> "5s");
        String zgw = "naober.delivery.municipalities." + SLUG + ".";
        registry.add(zgw + "channel", () -> "ZGW");
        registry.add(zgw + "zgw.catalogi-url", FAKE::catalogiUrl);
        registry.add(zgw + "zgw.zaken-url", FAKE::zakenUrl);
        registry.add(zgw + "zgw.documenten-url", FAKE::documentenUrl);
        registry.add(zgw + "zgw.client-id", () -> ZgwFake.TEST_CLIENT.clientId());
        registry.add(zgw + "zgw.secret", () -> FAKE.secret(ZgwFake.TEST_CLIENT.clientId()));
        registry.add(zgw + "zgw.rsin", () -> RSIN);
        registry.add(zgw + "zgw.zaaktype", () -> "WMO-MELDING");
    }

    @LocalServerPort
    int port;

    @Autowired
    DeliveryTestConfiguration.InMemoryIntakes intakes;

    @Autowired
    IntakeDeliveries deliveries;

    @Autowired
    DeliveryDispatcher dispatcher;

    @Autowired
    ZgwDelivery zgw;

    @Autowired
    org.apache.camel.CamelContext camel;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static volatile boolean registered;

    @BeforeEach
    void municipality() {
        if (!registered) {
            ApiClient.Response response = Municipalities.register(new ApiClient(port), SLUG, "Gemeente Zaak");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            registered = true;
        }
    }

    @AfterEach
    void backUp() {
        FAKE.control().clearFaults();
        assertThat(FAKE.control().violations()).isEmpty();
    }

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    @Test
    void deliversTheWholeZaakOnce() {
        String reference = reference();
        Map<String, Integer> before = FAKE.control().counts();

        DeliverableIntake intake = intakes.submit(SLUG, reference);
        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);

        assertThat(state.progress().caseIdentification()).isEqualTo(reference);
        assertThat(zaken(reference)).isEqualTo(1);
        Map<String, Integer> after = FAKE.control().counts();
        assertThat(after.get("rollen") - before.get("rollen")).isEqualTo(2);
        assertThat(after.get("statussen") - before.get("statussen")).isEqualTo(1);
        assertThat(after.get("zaakeigenschappen") - before.get("zaakeigenschappen")).isEqualTo(1);
        assertThat(after.get("zaakinformatieobjecten") - before.get("zaakinformatieobjecten")).isEqualTo(1);
        assertThat(after.get("enkelvoudiginformatieobjecten") - before.get("enkelvoudiginformatieobjecten")).isEqualTo(1);
    }

    @Test
    void caseSystemDownThenUpDeliversEveryIntakeExactlyOnce() throws InterruptedException {
        FAKE.control().addFault(FaultRule.down(null));
        List<String> references = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String reference = reference();
            references.add(reference);
            ids.add(intakes.submit(SLUG, reference).intakeId());
        }
        Thread.sleep(700);
        for (UUID id : ids) {
            DeliveryState state = state(id);
            assertThat(state.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(state.failureReason()).as("the outage is recorded").contains("503");
        }

        FAKE.control().clearFaults();
        for (UUID id : ids) {
            awaitStatus(id, DeliveryStatus.DELIVERED);
        }
        for (String reference : references) {
            assertThat(zaken(reference)).as(reference).isEqualTo(1);
        }
    }

    @Test
    void aFailureHalfwayThroughADeliveryLeavesNoDuplicateZaak() {
        // the zaak is created, then the next POST on Zaken (the first rol) fails
        FAKE.control().addFault(FaultRule.failNth("POST", "/zaken/api/v1/**", 2));
        String reference = reference();
        Map<String, Integer> before = FAKE.control().counts();

        DeliverableIntake intake = intakes.submit(SLUG, reference);
        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);

        assertThat(state.attempts()).isEqualTo(2);
        assertThat(zaken(reference)).isEqualTo(1);
        Map<String, Integer> after = FAKE.control().counts();
        assertThat(after.get("rollen") - before.get("rollen")).isEqualTo(2);
        assertThat(after.get("enkelvoudiginformatieobjecten") - before.get("enkelvoudiginformatieobjecten")).isEqualTo(1);
    }

    @Test
    void aWorkerThatDiedMidDeliveryIsTakenOverAfterItsLeaseWithoutDuplicate() throws Exception {
        camel.getRouteController().stopRoute("delivery-dispatch");
        String reference = reference();
        DeliverableIntake intake = intakes.submit(SLUG, reference);
        // the dead worker: claimed the row, created the zaak, and died before the rest and its record
        jdbc.sql("update " + TenantId.of(SLUG).schema()
                        + ".intake_delivery set claimed_until = now() + interval '1 second' where intake_id = ?")
                .params(intake.intakeId()).update();
        FAKE.control().addFault(FaultRule.failNth("POST", "/zaken/api/v1/**", 2));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zgw.deliver(nl.naober.kernel.TenantId.of(SLUG), 1, intake))
                .isInstanceOf(ZgwClient.ZgwUnavailable.class);
        assertThat(zaken(reference)).isEqualTo(1);

        camel.getRouteController().startRoute("delivery-dispatch");
        Thread.sleep(300);
        assertThat(state(intake.intakeId()).attempts()).as("not taken while the lease runs").isZero();

        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.DELIVERED);
        assertThat(state.attempts()).isEqualTo(1);
        assertThat(zaken(reference)).isEqualTo(1);
    }

    @Test
    void concurrentDispatchersDeliverEachIntakeOnce() throws Exception {
        List<String> references = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String reference = reference();
            references.add(reference);
            ids.add(intakes.submit(SLUG, reference).intakeId());
        }
        try (var pool = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(pool.submit(dispatcher::dispatchDue));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        }
        for (UUID id : ids) {
            assertThat(awaitStatus(id, DeliveryStatus.DELIVERED).attempts()).isEqualTo(1);
        }
        for (String reference : references) {
            assertThat(zaken(reference)).as(reference).isEqualTo(1);
        }
    }

    @Test
    void invalidDataRefusedByTheCaseSystemIsParkedWithItsReasonAndNotRetried() throws InterruptedException {
        String reference = reference();
        // fails the 11-proof: the case system refuses the resident's rol
        DeliverableIntake intake = intakes.submit(SLUG, reference, "123456789");

        DeliveryState state = awaitStatus(intake.intakeId(), DeliveryStatus.FAILED);
        Thread.sleep(400);

        assertThat(state(intake.intakeId()).attempts()).isEqualTo(1);
        assertThat(state.failureReason()).contains("400").contains("inpBsn").doesNotContain("123456789");
    }

    private static String reference() {
        return "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static int zaken(String reference) {
        return FAKE.control().zakenPerIdentificatie().getOrDefault(RSIN, Map.of()).getOrDefault(reference, 0);
    }

    private DeliveryState state(UUID intakeId) {
        return TenantContext.supplyAs(TenantId.of(SLUG), () -> deliveries.stateOf(intakeId)).orElseThrow();
    }

    private DeliveryState awaitStatus(UUID intakeId, DeliveryStatus status) {
        Intakes.awaitUntil(() -> state(intakeId).status() == status,
                "delivery of " + intakeId + " reaching " + status + " (now " + state(intakeId) + ")");
        return state(intakeId);
    }
}
