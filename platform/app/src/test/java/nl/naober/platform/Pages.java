package nl.naober.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Server-rendered pages of one municipality, called as the gateway would: the municipality in
 * {@code X-Naober-Tenant}, the user's token relayed, forms posted URL-encoded.
 */
public final class Pages {

    private final ApiClient api;
    private final String municipality;

    public Pages(ApiClient api, String municipality) {
        this.api = api;
        this.municipality = municipality;
    }

    public ApiClient.Response get(String path, String token) {
        return api.send("GET", path, token, null, null, "X-Naober-Tenant", municipality);
    }

    /** Posts a form; each field is {@code name=value} (the value as typed, encoded here). */
    public ApiClient.Response post(String path, String token, String... fields) {
        String body = Arrays.stream(fields).map(field -> {
            int equals = field.indexOf('=');
            return URLEncoder.encode(field.substring(0, equals), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.substring(equals + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
        return api.send("POST", path, token, body, "application/x-www-form-urlencoded", "X-Naober-Tenant",
                municipality);
    }

    public static Document html(ApiClient.Response response) {
        return Jsoup.parse(response.body());
    }
}
