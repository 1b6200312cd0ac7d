package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.platform.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' static assets answer without a login and without a municipality: the NL Design System
 * CSS that the build copies from npm (a copy step that copied nothing fails here), the fonts, the
 * own CSS and htmx from its WebJar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebAssetsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theNlDesignSystemCssIsServed() {
        ApiClient api = new ApiClient(port);
        for (String css : new String[] {"/nlds/index.css", "/nlds/theme.css", "/css/naober.css"}) {
            ApiClient.Response response = api.get(css, null);

            assertThat(response.status()).as(css).isEqualTo(200);
            assertThat(response.contentType()).as(css).startsWith("text/css");
        }
        assertThat(api.get("/nlds/index.css", null).body()).contains(".utrecht-form-field", ".utrecht-button");
        assertThat(api.get("/nlds/theme.css", null).body()).contains(".voorbeeld-theme", "--basis-text-font-family-default");
    }

    @Test
    void theIconIsServed() {
        ApiClient.Response icon = new ApiClient(port).get("/img/favicon.svg", null);

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/svg+xml");
    }

    @Test
    void theFontsAndTheirLicencesAreServed() {
        ApiClient api = new ApiClient(port);

        ApiClient.Response font = api.get("/nlds/fonts/noto-sans-latin-400-normal.woff2", null);
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.contentType()).isEqualTo("font/woff2");
        assertThat(api.get("/nlds/licenses/noto-sans/LICENSE", null).status()).isEqualTo(200);
        assertThat(api.get("/nlds/licenses/utrecht-component-library-css/LICENSE.md", null).body()).contains("EUPL");
    }

    @Test
    void htmxComesFromItsWebJarWithoutAVersionInThePath() {
        ApiClient.Response htmx = new ApiClient(port).get("/webjars/htmx.org/dist/htmx.min.js", null);

        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.contentType()).contains("javascript");
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void nothingElseIsPublic() {
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/", null).status()).isEqualTo(401);
        assertThat(api.get("/huisstijl.css", null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/dorp-kiezen", null, "", "application/x-www-form-urlencoded").status())
                .isEqualTo(401);
        assertThat(api.send("POST", "/nlds/index.css", null, "", "text/css").status()).isIn(401, 403);
    }
}
