package nl.naober.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.naober.platform.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** XML libraries on the class path (JasperReports brings Jackson 2's) do not make the API speak XML. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JsonOnlyIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anXmlRequestIsNotAnsweredWithXmlNorReadAsABody() throws Exception {
        HttpResponse<String> asXml = send(HttpRequest.newBuilder(uri("/api/v1/function-catalogue"))
                .header("Accept", "application/xml").GET());
        assertThat(asXml.statusCode()).isEqualTo(406);
        assertThat(asXml.body()).doesNotStartWith("<");

        HttpResponse<String> xmlBody = send(HttpRequest.newBuilder(uri("/api/v1/municipalities"))
                .header("Content-Type", "application/xml").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("<registration><slug>xml</slug></registration>")));
        assertThat(xmlBody.statusCode()).isEqualTo(415);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Bearer "
                + Municipalities.platformAdmin()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
