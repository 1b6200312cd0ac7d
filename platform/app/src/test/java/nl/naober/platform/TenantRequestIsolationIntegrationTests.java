package nl.naober.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests of two municipalities, interleaved on a pool of ONE connection: every request must see
 * its own municipality's villages only, so the connection's schema is reset each time it is handed back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=1", "naober.tenants.migration-threads=1"})
class TenantRequestIsolationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void interleavedRequestsOfTwoMunicipalitiesNeverSeeEachOthersData() throws Exception {
        ApiClient api = new ApiClient(port);
        String a = Municipalities.register(api, "iso-a");
        String b = Municipalities.register(api, "iso-b");
        String adminA = TestTokens.of(a, "municipal-admin");
        String adminB = TestTokens.of(b, "municipal-admin");
        assertThat(api.post("/api/v1/municipalities/" + a + "/villages", adminA, "{\"name\": \"Dorp van A\"}")
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/municipalities/" + b + "/villages", adminB, "{\"name\": \"Dorp van B\"}")
                .status()).isEqualTo(201);

        List<String> leaks = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                boolean isA = i % 2 == 0;
                calls.add(clients.submit(() -> {
                    ApiClient.Response response = api.get("/api/v1/municipalities/" + (isA ? a : b) + "/villages",
                            isA ? adminA : adminB);
                    String own = isA ? "Dorp van A" : "Dorp van B";
                    String other = isA ? "Dorp van B" : "Dorp van A";
                    if (response.status() != 200 || !response.body().contains(own) || response.body().contains(other)) {
                        leaks.add(response.toString());
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }

        assertThat(leaks).isEmpty();
    }
}
