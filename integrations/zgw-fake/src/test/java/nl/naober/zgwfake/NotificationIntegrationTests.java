package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Subscribers get a notification for what is created, with their own Authorization header. */
class NotificationIntegrationTests {

    /** What a subscriber received: the Authorization header and the body. */
    record Received(String authorization, JsonNode body) {
    }

    private static ZgwFake.Running fake;
    private static FakeClient client;
    private HttpServer subscriber;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** How many of the next requests the subscriber answers with 500 before it answers 204. */
    private final java.util.concurrent.atomic.AtomicInteger failuresToGo = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void start() {
        fake = SharedFake.get();
        client = new FakeClient(fake, "test_client_id");
    }

    @BeforeEach
    void startSubscriber() throws IOException {
        fake.control().reset();
        subscriber = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        subscriber.createContext("/api/zgw/notificaties", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresToGo.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(500, -1);
            } else {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        Problems.JSON.readTree(body)));
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        subscriber.start();
    }

    @AfterEach
    void stopSubscriber() {
        subscriber.stop(0);
        assertThat(fake.control().violations()).isEmpty();
    }

    private String callbackUrl() {
        return "http://localhost:" + subscriber.getAddress().getPort() + "/api/zgw/notificaties";
    }

    private ObjectNode abonnement(String bronorganisatie) {
        ObjectNode abonnement = (ObjectNode) FakeClient.examples(fake).get("Abonnement").deepCopy();
        abonnement.put("callbackUrl", callbackUrl());
        abonnement.put("auth", "Bearer token-for-" + bronorganisatie);
        ((ObjectNode) abonnement.get("kanalen").get(0).get("filters")).put("bronorganisatie", bronorganisatie);
        return abonnement;
    }

    @Test
    void aSubscriberGetsANotificationForTheZaakAndItsStatusWithItsOwnAuthorization() throws InterruptedException {
        FakeClient.Response subscribed = client.post("/notificaties/api/v1/abonnement", abonnement("123456782"));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
        assertThat(subscribed.header("Location")).startsWith(fake.notificatiesUrl() + "/abonnement/");
        ObjectNode zaakBody = FakeClient.example(fake, "Zaak", null, null);

        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", zaakBody);
        String zaakUrl = zaak.body().path("url").asString();
        Received first = received.poll(10, TimeUnit.SECONDS);

        assertThat(first).as("notification for the zaak").isNotNull();
        assertThat(first.authorization()).isEqualTo("Bearer token-for-123456782");
        assertThat(first.body().path("kanaal").asString()).isEqualTo("zaken");
        assertThat(first.body().path("resource").asString()).isEqualTo("zaak");
        assertThat(first.body().path("actie").asString()).isEqualTo("create");
        assertThat(first.body().path("hoofdObject").asString()).isEqualTo(zaakUrl);
        assertThat(first.body().path("resourceUrl").asString()).isEqualTo(zaakUrl);
        assertThat(first.body().path("aanmaakdatum").asString()).isNotEmpty();
        assertThat(first.body().path("kenmerken").path("bronorganisatie").asString()).isEqualTo("123456782");
        assertThat(first.body().path("kenmerken").path("zaaktype").asString()).isEqualTo(zaakBody.path("zaaktype").asString());

        FakeClient.Response status = client.post("/zaken/api/v1/statussen", FakeClient.example(fake, "Status", zaakUrl, null));
        Received second = received.poll(10, TimeUnit.SECONDS);

        assertThat(second).as("notification for the status").isNotNull();
        assertThat(second.body().path("resource").asString()).isEqualTo("status");
        assertThat(second.body().path("resourceUrl").asString()).isEqualTo(status.body().path("url").asString());
        assertThat(second.body().path("hoofdObject").asString()).isEqualTo(zaakUrl);
        awaitDeliveries(2);
        assertThat(fake.control().notifications()).hasSize(2)
                .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(204));
    }

    @Test
    void aSubscriberWhoseFilterDoesNotMatchGetsNothing() throws InterruptedException {
        client.post("/notificaties/api/v1/abonnement", abonnement("002564440"));

        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", FakeClient.example(fake, "Zaak", null, null));

        assertThat(zaak.status()).isEqualTo(201);
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(fake.control().notifications()).isEmpty();
    }

    @Test
    void aSubscriberThatIsDownDoesNotStopTheCaseSystemAndEveryFailedAttemptIsVisible() throws InterruptedException {
        client.post("/notificaties/api/v1/abonnement", abonnement("123456782"));
        subscriber.stop(0);

        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", FakeClient.example(fake, "Zaak", null, null));

        assertThat(zaak.status()).isEqualTo(201);
        awaitDeliveries(3);
        assertThat(fake.control().notifications()).hasSize(3)
                .allSatisfy(delivery -> assertThat(delivery.status()).isZero())
                .extracting(NotificationDelivery::attempt).containsExactly(1, 2, 3);
    }

    @Test
    void aNotificationThatFailsIsRetriedUntilTheSubscriberTakesIt() throws InterruptedException {
        client.post("/notificaties/api/v1/abonnement", abonnement("123456782"));
        failuresToGo.set(1);

        client.post("/zaken/api/v1/zaken", FakeClient.example(fake, "Zaak", null, null));
        Received delivered = received.poll(10, TimeUnit.SECONDS);

        assertThat(delivered).isNotNull();
        assertThat(delivered.body().path("resource").asString()).isEqualTo("zaak");
        awaitDeliveries(2);
        assertThat(fake.control().notifications()).extracting(NotificationDelivery::status).containsExactly(500, 204);
    }

    /** The fake records a delivery after the subscriber answered, so a test waits for the record. */
    private static void awaitDeliveries(int count) throws InterruptedException {
        for (int i = 0; i < 100 && fake.control().notifications().size() < count; i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void anAbonnementWithoutCallbackUrlIsRefused() {
        ObjectNode abonnement = abonnement("123456782");
        abonnement.remove("callbackUrl");
        FakeClient.Response response = client.post("/notificaties/api/v1/abonnement", abonnement);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidParam("callbackUrl").path("code").asString()).isEqualTo("required");
        assertThat(client.get("/notificaties/api/v1/abonnement").body()).isEmpty();
    }
}
