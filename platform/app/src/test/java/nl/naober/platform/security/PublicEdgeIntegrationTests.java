package nl.naober.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages' edge: no login, the municipality from the path, unknown ones a Dutch page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicEdgeIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    String municipality;

    @BeforeEach
    void setUp() {
        municipality = Municipalities.register(new ApiClient(port), "publiek");
    }

    @Test
    void servesAPublicPathOfAnActiveMunicipalityWithoutLogin() throws Exception {
        HttpResponse<String> styles = get("/publiek/" + municipality + "/huisstijl.css", "text/css", null);

        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void aTokenOfAnotherMunicipalityChangesNothingOnAPublicPath() throws Exception {
        HttpResponse<String> styles = get("/publiek/" + municipality + "/huisstijl.css", "text/css",
                TestTokens.of("elders", "supporter"));

        assertThat(styles.statusCode()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownMunicipalityWithADutchNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/publiek/bestaat-niet/huisstijl.css", "text/html", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Deze pagina bestaat niet").contains("lang=\"nl\"")
                .doesNotContain("Exception").doesNotContain("bestaat-niet");
    }

    @Test
    void aPublicPathNoModuleDeclaresIsRefused() throws Exception {
        HttpResponse<String> page = get("/publiek/" + municipality + "/geheim", "text/html", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet").doesNotContain("Exception");
    }

    @Test
    void theSignedInStyleSheetStillNeedsALogin() throws Exception {
        HttpResponse<String> styles = get("/huisstijl.css", "text/css", null);

        assertThat(styles.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String accept, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", "nl");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
