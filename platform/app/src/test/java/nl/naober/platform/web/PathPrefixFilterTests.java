package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.ServletRequestPathUtils;

class PathPrefixFilterTests {

    private final PathPrefixFilter filter = new PathPrefixFilter();

    @Test
    void theGatewaysPrefixForTheRoutedMunicipalityBecomesTheContextPath() throws Exception {
        HttpServletRequest seen = filter(request("dinkelland", "/g/dinkelland"));

        assertThat(seen.getContextPath()).isEqualTo("/g/dinkelland");
        assertThat(seen.getRequestURI()).isEqualTo("/g/dinkelland/contacten/nieuw");
        assertThat(seen.getRequestURL()).hasToString("http://app.internal:8080/g/dinkelland/contacten/nieuw");
        assertThat(seen.getServletPath()).isEqualTo("/contacten/nieuw");
        // Spring MVC and Spring Security match on the path inside the application
        assertThat(ServletRequestPathUtils.parseAndCache(seen).pathWithinApplication().value())
                .isEqualTo("/contacten/nieuw");
    }

    @Test
    void anyOtherPrefixIsIgnored() throws Exception {
        for (String prefix : new String[] {"/g/tubbergen", "/g/dinkelland/", "/elders", "https://evil.example",
                "/g/dinkelland/../x", ""}) {
            HttpServletRequest seen = filter(request("dinkelland", prefix));

            assertThat(seen.getContextPath()).as(prefix).isEmpty();
            assertThat(seen.getRequestURI()).as(prefix).isEqualTo("/contacten/nieuw");
        }
    }

    @Test
    void aPrefixWithoutOrWithAnInvalidMunicipalityIsIgnored() throws Exception {
        assertThat(filter(request(null, "/g/dinkelland")).getContextPath()).isEmpty();
        assertThat(filter(request("Dinkel\"land", "/g/Dinkel\"land")).getContextPath()).isEmpty();
    }

    private static MockHttpServletRequest request(String tenant, String prefix) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/contacten/nieuw");
        request.setServerName("app.internal");
        request.setServerPort(8080);
        request.setServletPath("/contacten/nieuw");
        if (tenant != null) {
            request.addHeader("X-Naober-Tenant", tenant);
        }
        request.addHeader("X-Naober-Path-Prefix", prefix);
        return request;
    }

    private HttpServletRequest filter(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
