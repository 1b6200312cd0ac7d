package nl.naober.gateway.routing;

import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Shapes the headers of a request for the public pages (no login) forwarded to the app: nothing
 * that could speak for a user goes along — no {@code Authorization}, no cookies at all (a
 * supporter's gateway session must not ride along on a public form), nothing a client sent under
 * {@code X-Naober-*} — and the gateway adds the client's address ({@code X-Naober-Client-Address},
 * after its trusted proxies) for the app's limits on public forms.
 */
class PublicRequestHeaders implements Function<ServerRequest, ServerRequest> {

    static final String CLIENT_ADDRESS = "X-Naober-Client-Address";
    private static final String OWN_PREFIX = "x-naober-";

    @Override
    public ServerRequest apply(ServerRequest request) {
        String clientAddress = request.servletRequest().getRemoteAddr();
        return ServerRequest.from(request).headers(headers -> {
            for (String name : new ArrayList<>(headers.headerNames())) {
                if (name.toLowerCase(Locale.ROOT).startsWith(OWN_PREFIX)) {
                    headers.remove(name);
                }
            }
            headers.remove(HttpHeaders.AUTHORIZATION);
            headers.remove(HttpHeaders.COOKIE);
            headers.set(CLIENT_ADDRESS, clientAddress);
        }).build();
    }
}
