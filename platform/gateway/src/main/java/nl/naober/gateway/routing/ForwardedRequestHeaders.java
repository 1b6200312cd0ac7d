package nl.naober.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.naober.gateway.tenant.TenantAccessFilter;
import nl.naober.kernel.TenantId;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Shapes the headers of a request forwarded to the app. Whatever the client sent under
 * {@code X-Naober-*} (any case) or as {@code Authorization} is dropped: only the gateway speaks
 * those. Then the gateway sets the checked municipality ({@code X-Naober-Tenant}), the session's
 * CSRF token for server-rendered forms and htmx ({@code X-Naober-Csrf-Token}) and, for path
 * routing, {@code X-Naober-Path-Prefix: /g/{m}} so that the app can build links under the prefix
 * (an {@code X-Forwarded-Prefix} would be dropped by the gateway's own forwarded-header rules,
 * which trust no client-side X-Forwarded-* unless {@code trusted-proxies} is configured).
 * The gateway's session cookie never reaches the app.
 */
class ForwardedRequestHeaders implements Function<ServerRequest, ServerRequest> {

    static final String TENANT = "X-Naober-Tenant";
    static final String CSRF_TOKEN = "X-Naober-Csrf-Token";
    static final String PATH_PREFIX = "X-Naober-Path-Prefix";
    private static final String OWN_PREFIX = "x-naober-";

    private final String sessionCookieName;
    private final boolean pathPrefixed;

    ForwardedRequestHeaders(String sessionCookieName, boolean pathPrefixed) {
        this.sessionCookieName = sessionCookieName;
        this.pathPrefixed = pathPrefixed;
    }

    @Override
    public ServerRequest apply(ServerRequest request) {
        TenantId tenant = TenantAccessFilter.checkedTenant(request);
        String csrfToken = request.attribute(CsrfToken.class.getName())
                .map(CsrfToken.class::cast).map(CsrfToken::getToken).orElse(null);
        return ServerRequest.from(request).headers(headers -> {
            for (String name : new ArrayList<>(headers.headerNames())) {
                if (name.toLowerCase(Locale.ROOT).startsWith(OWN_PREFIX)) {
                    headers.remove(name);
                }
            }
            headers.remove(HttpHeaders.AUTHORIZATION);
            headers.set(TENANT, tenant.slug());
            if (csrfToken != null) {
                headers.set(CSRF_TOKEN, csrfToken);
            }
            if (pathPrefixed) {
                headers.set(PATH_PREFIX, "/g/" + tenant.slug());
            }
            withoutSessionCookie(headers);
        }).build();
    }

    private void withoutSessionCookie(HttpHeaders headers) {
        List<String> kept = new ArrayList<>();
        for (String header : headers.getOrEmpty(HttpHeaders.COOKIE)) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.trim();
                int equals = trimmed.indexOf('=');
                String name = equals < 0 ? trimmed : trimmed.substring(0, equals);
                if (!trimmed.isEmpty() && !name.trim().equals(sessionCookieName)) {
                    kept.add(trimmed);
                }
            }
        }
        headers.remove(HttpHeaders.COOKIE);
        if (!kept.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
        }
    }
}
