package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uniqueness holds under concurrency: a retry storm cannot create a duplicate zaak. */
class ConcurrencyIntegrationTests {

    private static ZgwFake.Running fake;
    private static FakeClient client;

    @BeforeAll
    static void start() {
        fake = SharedFake.get();
        client = new FakeClient(fake, "test_client_id");
    }

    @BeforeEach
    void reset() {
        fake.control().reset();
    }

    @Test
    void twentyThreadsCreatingTheSameIdentificatieMakeExactlyOneZaak() throws Exception {
        int threads = 20;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<FakeClient.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.post("/zaken/api/v1/zaken",
                            FakeClient.example(fake, "Zaak", null, null).put("identificatie", "DO-2026-000999"));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<FakeClient.Response> answer : answers) {
                FakeClient.Response response = answer.get();
                statuses.add(response.status());
                if (response.status() == 400) {
                    assertThat(response.invalidParam("identificatie").path("code").asString())
                            .isEqualTo("identificatie-niet-uniek");
                }
            }
            assertThat(statuses).containsOnlyOnce(201).filteredOn(status -> status == 400).hasSize(threads - 1);
        }
        assertThat(fake.control().zakenPerIdentificatie().get("123456782")).containsExactly(
                java.util.Map.entry("DO-2026-000999", 1));
        assertThat(fake.control().counts()).containsEntry("zaken", 1);
        assertThat(fake.control().violations()).isEmpty();
    }
}
