package nl.naober.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestKindTests {

    @Test
    void treatsBrowserNavigationAsPage() {
        assertThat(RequestKind.isApiCall(request("/g/dinkelland/",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))).isFalse();
    }

    @Test
    void treatsApiPathsScriptsAndHtmxAsApiCalls() {
        assertThat(RequestKind.isApiCall(request("/g/dinkelland/api/v1/villages", "text/html"))).isTrue();
        assertThat(RequestKind.isApiCall(request("/g/dinkelland/", "*/*"))).isTrue();
        assertThat(RequestKind.isApiCall(request("/g/dinkelland/", null))).isTrue();
        assertThat(RequestKind.isApiCall(request("/g/dinkelland/", "application/json, text/html;q=0.5"))).isTrue();
        MockHttpServletRequest htmx = request("/g/dinkelland/", "text/html");
        htmx.addHeader("HX-Request", "true");
        assertThat(RequestKind.isApiCall(htmx)).isTrue();
    }

    private static MockHttpServletRequest request(String path, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }
}
