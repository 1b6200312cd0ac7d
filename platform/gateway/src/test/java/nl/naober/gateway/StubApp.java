package nl.naober.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app behind the gateway, faked: a JDK HTTP server on a free port that records every request
 * and answers 200. It also plays Keycloak's token endpoint, for the refresh of an expired access
 * token (those requests are recorded separately).
 */
final class StubApp {

    static final String TOKEN_PATH = "/realms/naober/protocol/openid-connect/token";
    static final String REFRESHED_ACCESS_TOKEN = "refreshed-access-token";

    /** One request as the app received it. */
    record Received(String method, String pathAndQuery, Headers headers) {

        List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Received> tokenRequests = new CopyOnWriteArrayList<>();

    private StubApp(HttpServer server) {
        this.server = server;
    }

    static StubApp start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubApp stub = new StubApp(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    void reset() {
        received.clear();
        tokenRequests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        exchange.getRequestBody().readAllBytes();
        Received request = new Received(exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders());
        byte[] body;
        if (uri.getPath().equals(TOKEN_PATH)) {
            tokenRequests.add(request);
            body = ("{\"access_token\":\"" + REFRESHED_ACCESS_TOKEN + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"refresh_token\":\"refreshed-refresh-token\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        } else {
            received.add(request);
            body = "from the app".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=utf-8");
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
