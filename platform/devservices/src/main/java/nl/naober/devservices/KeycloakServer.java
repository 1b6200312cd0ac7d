package nl.naober.devservices;

import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server (the distribution from Maven Central, not a mock) for integration tests
 * and the local stack.
 *
 * <p>The distribution is built once per machine (see {@link KeycloakDistribution}); every start
 * then runs {@code kc.sh start --optimized} against the PostgreSQL database the caller names.
 * Give each instance a database of its own: Keycloak keeps all its state there, so instances and
 * runs never share realms, users or sessions. The server is stopped by {@link #close()} and, as a
 * safety net, when the JVM ends.
 *
 * <pre>{@code
 * try (KeycloakServer keycloak = KeycloakServer.start(settings)) {
 *     keycloak.importRealm(NaoberRealm.json(placeholders));
 *     String issuer = keycloak.issuerUri(NaoberRealm.NAME);
 * }
 * }</pre>
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /**
     * How to start the server.
     *
     * @param workDirectory where the server's log ({@code keycloak.log}) is written; created if missing
     * @param jdbcUrl       a PostgreSQL database for this instance only, e.g. {@code jdbc:postgresql://localhost:5432/keycloak_1}
     * @param dbUsername    database user
     * @param dbPassword    database password
     * @param httpPort      the HTTP port, or 0 to pick a free one
     * @param adminUsername the master realm's bootstrap administrator (created on first start of a database)
     * @param adminPassword that administrator's password
     */
    public record Settings(Path workDirectory, String jdbcUrl, String dbUsername, String dbPassword,
                           int httpPort, String adminUsername, String adminPassword) {

        public Settings {
            Objects.requireNonNull(workDirectory, "workDirectory");
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(dbUsername, "dbUsername");
            Objects.requireNonNull(adminUsername, "adminUsername");
            Objects.requireNonNull(adminPassword, "adminPassword");
            if (httpPort < 0 || httpPort > 65535) {
                throw new IllegalArgumentException("httpPort must be 0..65535, was " + httpPort);
            }
        }

        @Override
        public String toString() {
            // keep passwords out of logs and exception messages
            return "Settings[workDirectory=" + workDirectory + ", jdbcUrl=" + jdbcUrl + ", dbUsername=" + dbUsername
                    + ", httpPort=" + httpPort + ", adminUsername=" + adminUsername + "]";
        }
    }

    private final Process process;
    private final int httpPort;
    private final Settings settings;
    private final Thread shutdownHook;
    private volatile Keycloak adminClient;
    private volatile boolean closed;

    private KeycloakServer(Process process, int httpPort, Settings settings) {
        this.process = process;
        this.httpPort = httpPort;
        this.settings = settings;
        this.shutdownHook = new Thread(() -> ProcessTree.stop(process), "keycloak-shutdown-" + httpPort);
    }

    /**
     * Starts a server and waits until it reports ready (at most 180 s). The first call on a machine
     * also builds the distribution, which takes about a minute and a half more.
     *
     * @throws IllegalStateException if the server does not become ready; the message holds the log's tail
     */
    public static KeycloakServer start(Settings settings) {
        KeycloakDistribution distribution = KeycloakDistribution.locate();
        distribution.ensureBuilt();
        try {
            Files.createDirectories(settings.workDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + settings.workDirectory(), e);
        }
        int httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        int managementPort = freePort();
        Path logFile = settings.workDirectory().resolve("keycloak.log");

        long started = System.nanoTime();
        Process process = launch(distribution, settings, httpPort, managementPort, logFile);
        KeycloakServer server = new KeycloakServer(process, httpPort, settings);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            awaitReady(process, managementPort, logFile);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info("Keycloak ready at {} in {} ms (log: {})", server.baseUrl(),
                (System.nanoTime() - started) / 1_000_000, logFile);
        return server;
    }

    private static Process launch(KeycloakDistribution distribution, Settings settings, int httpPort,
                                  int managementPort, Path logFile) {
        List<String> command = new ArrayList<>(List.of(
                distribution.script().toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // the issuer follows the request's host: http://localhost:<port>/realms/<realm>
                "--hostname-strict=false",
                // no Infinispan/JGroups cluster (a runtime option since 26.x): instances on one machine
                // neither look for each other nor open cluster ports, and start faster
                "--cache=local",
                "--db-url=" + settings.jdbcUrl(),
                "--db-username=" + settings.dbUsername()));
        if (settings.dbPassword() != null && !settings.dbPassword().isEmpty()) {
            command.add("--db-password=" + settings.dbPassword());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.workDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(KeycloakDistribution.javaEnvironment());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + distribution.script(), e);
        }
    }

    private static void awaitReady(Process process, int managementPort, Path logFile) {
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                            + " before it was ready:\n" + LogTail.of(logFile));
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // the management interface opens late in the start; keep polling
                }
                Thread.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s ("
                + health + "):\n" + LogTail.of(logFile));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The issuer of the realm's tokens: {@code baseUrl() + "/realms/" + realm}. */
    public String issuerUri(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** An admin client logged in as the master realm's bootstrap administrator; closed with the server. */
    public Keycloak adminClient() {
        Keycloak client = adminClient;
        if (client == null) {
            synchronized (this) {
                client = adminClient;
                if (client == null) {
                    client = KeycloakBuilder.builder()
                            .serverUrl(baseUrl())
                            .realm("master")
                            .clientId("admin-cli")
                            .username(settings.adminUsername())
                            .password(settings.adminPassword())
                            .build();
                    adminClient = client;
                }
            }
        }
        return client;
    }

    /**
     * Creates a realm from its JSON representation (the format of a realm export) through the admin
     * REST API. An existing realm of the same name is deleted first, so the result is exactly the file.
     */
    public void importRealm(String realmJson) {
        RealmRepresentation realm;
        try {
            realm = JsonSerialization.readValue(realmJson, RealmRepresentation.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a realm representation: " + e.getMessage(), e);
        }
        Keycloak admin = adminClient();
        try {
            admin.realm(realm.getRealm()).remove();
            log.info("Deleted existing realm {} before importing it again", realm.getRealm());
        } catch (NotFoundException absent) {
            // nothing to replace
        }
        admin.realms().create(realm);
    }

    /** Stops the server and every process it started; safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Keycloak client = adminClient;
        if (client != null) {
            client.close();
        }
        ProcessTree.stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook is running or about to; it finds the process already stopped
        }
    }
}
