package nl.naober.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIntegrationTests {

    @TempDir
    Path home;

    @Test
    void startsWithDemoMunicipalitiesAndKeepsDataBetweenRuns() throws Exception {
        LocalSettings settings = new LocalSettings(home, freePort(), 0);

        String firstRun;
        try (NaoberLocal stack = NaoberLocal.start(settings)) {
            firstRun = villages(stack, "dinkelland");
            assertThat(firstRun).contains("Denekamp", "Ootmarsum", "Weerselo");
            assertThat(villages(stack, "tubbergen")).contains("Albergen", "Geesteren", "Vasse");
        }

        try (NaoberLocal stack = NaoberLocal.start(settings)) {
            String secondRun = villages(stack, "dinkelland");
            assertThat(secondRun).isEqualTo(firstRun); // same rows (same ids), nothing duplicated
        }
    }

    private static String villages(NaoberLocal stack, String municipality) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.baseUrl() + "/api/v1/municipalities/" + municipality + "/villages"))
                .header("Authorization", "Bearer " + stack.signingKey().token("t", municipality, "municipal-admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("\"(createdAt|updatedAt)\":\"[^\"]*\"", "");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
