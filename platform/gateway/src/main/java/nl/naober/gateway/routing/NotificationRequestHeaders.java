package nl.naober.gateway.routing;

import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Shapes the headers of a case system's notification (the ZGW webhook) forwarded to the app: its
 * {@code Authorization} goes along unchanged, because the app checks that token itself; nothing of
 * a browser session (no cookies) and nothing a client sent under {@code X-Naober-*} does.
 */
class NotificationRequestHeaders implements Function<ServerRequest, ServerRequest> {

    private static final String OWN_PREFIX = "x-naober-";

    @Override
    public ServerRequest apply(ServerRequest request) {
        return ServerRequest.from(request).headers(headers -> {
            for (String name : new ArrayList<>(headers.headerNames())) {
                if (name.toLowerCase(Locale.ROOT).startsWith(OWN_PREFIX)) {
                    headers.remove(name);
                }
            }
            headers.remove(HttpHeaders.COOKIE);
        }).build();
    }
}
