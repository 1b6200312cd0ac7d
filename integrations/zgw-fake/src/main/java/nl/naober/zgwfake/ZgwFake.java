package nl.naober.zgwfake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a fake case system in this JVM on a random port, for integration tests and benchmarks:
 *
 * <pre>{@code
 * try (ZgwFake.Running fake = ZgwFake.start(ZgwFake.Options.defaults())) {
 *     String zaken = fake.zakenUrl();                       // http://localhost:PORT/zaken/api/v1
 *     String token = fake.token("test_client_id");          // HS256 JWT, iat now
 *     fake.control().addFault(FaultRule.failNth("POST", "/zaken/api/v1/rollen", 1));
 * }
 * }</pre>
 */
public final class ZgwFake {

    /** Open Zaak's test client (Open Formulieren fixtures) with the RSIN of the example payloads. */
    public static final ZgwFakeProperties.Client TEST_CLIENT = new ZgwFakeProperties.Client("test_client_id",
            "c134912d-583a-447c-8c04-4e2597f26436", "123456782");

    private ZgwFake() {
    }

    /**
     * How to start the fake.
     *
     * @param port 0 for a random free port
     * @param clients the clients (municipalities) it knows
     * @param properties any further Spring properties (e.g. {@code zgw-fake.token-max-age})
     */
    public record Options(int port, List<ZgwFakeProperties.Client> clients, Map<String, String> properties) {

        public Options {
            clients = List.copyOf(clients);
            properties = Map.copyOf(properties);
        }

        public static Options defaults() {
            return new Options(0, List.of(TEST_CLIENT), Map.of());
        }

        public Options withClient(ZgwFakeProperties.Client client) {
            List<ZgwFakeProperties.Client> more = new ArrayList<>(clients);
            more.add(client);
            return new Options(port, more, properties);
        }

        public Options withProperty(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(properties);
            more.put(name, value);
            return new Options(port, clients, more);
        }
    }

    public static Running start(Options options) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.config.name", ZgwFakeApplication.CONFIG_NAME);
        defaults.put("server.port", String.valueOf(options.port()));
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("spring.threads.virtual.enabled", "true");
        // tests want retries of notifications quickly
        defaults.put("zgw-fake.notification-retry-delay", "100ms");
        // the jar's zgw-fake.yaml is not read in-process: the options are the whole configuration
        defaults.put("spring.config.location", "optional:classpath:/zgw-fake-in-process-none.yaml");
        for (int i = 0; i < options.clients().size(); i++) {
            ZgwFakeProperties.Client client = options.clients().get(i);
            defaults.put("zgw-fake.clients[" + i + "].client-id", client.clientId());
            defaults.put("zgw-fake.clients[" + i + "].secret", client.secret());
            defaults.put("zgw-fake.clients[" + i + "].rsin", client.rsin() == null ? "" : client.rsin());
        }
        defaults.putAll(options.properties());
        SpringApplication application = new SpringApplication(ZgwFakeApplication.class);
        application.setDefaultProperties(defaults);
        ConfigurableApplicationContext context = application.run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, "http://localhost:" + port, options.clients());
    }

    /** A running fake; close it to stop it. */
    public static final class Running implements AutoCloseable {

        private final ConfigurableApplicationContext context;
        private final String baseUrl;
        private final List<ZgwFakeProperties.Client> clients;

        private Running(ConfigurableApplicationContext context, String baseUrl, List<ZgwFakeProperties.Client> clients) {
            this.context = context;
            this.baseUrl = baseUrl;
            this.clients = clients;
        }

        public String baseUrl() {
            return baseUrl;
        }

        public String catalogiUrl() {
            return baseUrl + "/catalogi/api/v1";
        }

        public String zakenUrl() {
            return baseUrl + "/zaken/api/v1";
        }

        public String documentenUrl() {
            return baseUrl + "/documenten/api/v1";
        }

        public String notificatiesUrl() {
            return baseUrl + "/notificaties/api/v1";
        }

        public String secret(String clientId) {
            return client(clientId).secret();
        }

        /** A fresh HS256 JWT for the client, as a ZGW client builds it ({@code client_id}, {@code iat}). */
        public String token(String clientId) {
            return ZgwFake.token(clientId, secret(clientId), Instant.now());
        }

        public FakeControl control() {
            return context.getBean(FakeControl.class);
        }

        private ZgwFakeProperties.Client client(String clientId) {
            return clients.stream().filter(client -> client.clientId().equals(clientId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown client " + clientId));
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** An HS256 JWT with the given claims; for tests of expired or wrongly signed tokens too. */
    public static String token(String clientId, String secret, Instant issuedAt) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(clientId).claim("client_id", clientId)
                    .claim("user_id", "naober").claim("user_representation", "Naober");
            if (issuedAt != null) {
                claims.issueTime(Date.from(issuedAt));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a JWT (a HS256 secret needs at least 32 bytes)", e);
        }
    }
}
