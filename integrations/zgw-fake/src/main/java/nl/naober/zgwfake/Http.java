package nl.naober.zgwfake;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/** Small helpers shared by the API controllers. */
final class Http {

    private Http() {
    }

    static String baseUrl(HttpServletRequest request) {
        return (String) request.getAttribute(ZgwFilter.BASE_URL);
    }

    static ZgwFakeProperties.Client client(HttpServletRequest request) {
        return (ZgwFakeProperties.Client) request.getAttribute(ZgwFilter.CLIENT);
    }

    static JsonNode body(HttpServletRequest request) {
        return (JsonNode) request.getAttribute(ZgwFilter.BODY);
    }

    static String requestUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    static Map<String, String> filters(HttpServletRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> filters.put(name, values[0]));
        return filters;
    }

    static ResponseEntity<JsonNode> created(JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(body.path("url").asString())).body(body);
    }
}
