package nl.naober.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.naober.devservices.KeycloakServer;
import nl.naober.devservices.NaoberRealm;
import nl.naober.zgwfake.ZgwFake;
import nl.naober.zgwfake.ZgwFakeProperties;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Starts PostgreSQL, Keycloak (realm imported from the project's realm file), an SMTP server, the
 * app and the gateway, in that order, each waited for; {@link #close()} stops them in reverse.
 */
public final class NaoberStack implements AutoCloseable {

    /** The demo municipalities that receive intakes through the ZGW APIs, with their RSIN (DemoData). */
    private static final Map<String, String> ZGW_MUNICIPALITIES = Map.of("dinkelland", "823256443");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final Secrets secrets;
    private EmbeddedPostgres embeddedDatabase;
    private Database database;
    private KeycloakServer keycloak;
    private KeycloakServer.Settings keycloakSettings;
    private GreenMail mail;
    private ZgwFake.Running caseSystem;
    private ChildProcess app;
    private ChildProcess gateway;
    private int appPort;
    private int gatewayPort;

    private NaoberStack(StackSettings settings, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    public static NaoberStack start(StackSettings settings) throws Exception {
        Files.createDirectories(settings.home());
        NaoberStack stack = new NaoberStack(settings, Secrets.of(settings));
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        database = settings.database();
        if (database == null) {
            embeddedDatabase = EmbeddedDatabase.start(settings.home().resolve("pgdata"), settings.databasePort());
            // not getJdbcUrl(): its user parameter in the URL would win over the app's own login
            database = new Database("jdbc:postgresql://localhost:" + embeddedDatabase.getPort() + "/postgres",
                    "postgres", "postgres");
        }
        Database platformDb = settings.persistent() ? database.withDatabase("naober") : database;
        // two logins, as in production (ADR 0005): the app's requests cannot change the tables
        Database.Login appLogin = settings.appLogin() != null ? settings.appLogin()
                : new Database.Login("naober_app", secrets.databaseApp());
        platformDb.createLogin(appLogin, settings.appLogin() == null);
        Database keycloakDb = database.withDatabase(settings.persistent() ? "keycloak"
                : "keycloak_" + Long.toString(System.nanoTime(), 36));

        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        caseSystem = startCaseSystem();

        gatewayPort = settings.gatewayPort() == 0 ? freePort() : settings.gatewayPort();
        appPort = freePort();

        keycloakSettings = new KeycloakServer.Settings(settings.home().resolve("keycloak"),
                keycloakDb.jdbcUrl(), keycloakDb.username(), keycloakDb.password(), settings.keycloakPort(), "admin",
                secrets.keycloakAdmin());
        keycloak = KeycloakServer.start(keycloakSettings);
        boolean realmExists = keycloak.adminClient().realms().findAll().stream()
                .anyMatch(r -> NaoberRealm.NAME.equals(r.getRealm()));
        if (!settings.persistent() || !realmExists) {
            keycloak.importRealm(NaoberRealm.json(Map.of(
                    "NAOBER_SMTP_HOST", "127.0.0.1",
                    "NAOBER_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                    "NAOBER_GATEWAY_URL", gatewayUrl(),
                    "NAOBER_GATEWAY_CLIENT_SECRET", secrets.gatewayClient(),
                    "NAOBER_APP_CLIENT_SECRET", secrets.appClient(),
                    "NAOBER_DEMO_PASSWORD", secrets.demoPassword())));
        } else {
            // a kept realm: point its mail at this run's SMTP port
            var realm = keycloak.adminClient().realm(NaoberRealm.NAME);
            var representation = realm.toRepresentation();
            representation.getSmtpServer().put("port", String.valueOf(mail.getSmtp().getPort()));
            realm.update(representation);
        }

        Path logs = settings.home().resolve("logs");
        Map<String, String> appProperties = new LinkedHashMap<>();
        appProperties.put("server.port", String.valueOf(appPort));
        appProperties.put("spring.datasource.url", platformDb.jdbcUrl());
        appProperties.put("spring.datasource.username", appLogin.username());
        appProperties.put("spring.datasource.password", appLogin.password());
        appProperties.put("naober.tenants.migration.username", platformDb.username());
        appProperties.put("naober.tenants.migration.password", platformDb.password());
        appProperties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuerUri(NaoberRealm.NAME));
        appProperties.put("naober.security.token-clock-skew", settings.persistent() ? "30s" : "1s");
        appProperties.put("naober.keycloak.enabled", "true");
        if (!settings.persistent()) {
            // lets the end-to-end isolation matrix discover every endpoint (platform administrators only)
            appProperties.put("management.endpoints.web.exposure.include", "health,info,mappings");
        }
        appProperties.put("naober.keycloak.server-url", keycloak.baseUrl());
        appProperties.put("naober.keycloak.client-secret", secrets.appClient());
        appProperties.put("naober.keycloak.invitation-redirect-uri", gatewayUrl() + "/");
        appProperties.put("naober.tenants.export-directory", settings.home().resolve("exports").toString());
        // a real random key, as in production (never the public development key): kept with the other
        // secrets of a persistent home, because data written under it is unreadable without it
        appProperties.put("naober.privacy.keys[0].id", "local");
        appProperties.put("naober.privacy.keys[0].secret", secrets.privacyKey());
        appProperties.put("naober.privacy.current-key", "local");
        appProperties.putAll(deliveryProperties());
        app = ChildProcess.start("app", settings.jars().resolve("app.jar"), appProperties, logs,
                appUrl() + "/actuator/health/readiness", START_TIMEOUT);

        Map<String, String> gatewayProperties = new LinkedHashMap<>();
        gatewayProperties.put("server.port", String.valueOf(gatewayPort));
        // the owner login: the gateway creates and owns its session schema (gateway)
        gatewayProperties.put("spring.datasource.url", platformDb.jdbcUrl());
        gatewayProperties.put("spring.datasource.username", platformDb.username());
        gatewayProperties.put("spring.datasource.password", platformDb.password());
        gatewayProperties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                keycloak.issuerUri(NaoberRealm.NAME));
        gatewayProperties.put("spring.security.oauth2.client.registration.keycloak.client-secret",
                secrets.gatewayClient());
        gatewayProperties.put("naober.gateway.app-uri", appUrl());
        gatewayProperties.put("naober.gateway.rate-limit.requests-per-minute-per-user",
                String.valueOf(settings.ratePerUser()));
        gatewayProperties.put("naober.gateway.rate-limit.requests-per-minute-per-tenant",
                String.valueOf(settings.ratePerTenant()));
        gateway = ChildProcess.start("gateway", settings.jars().resolve("gateway.jar"), gatewayProperties, logs,
                gatewayUrl() + "/actuator/health/readiness", START_TIMEOUT);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String appUrl() {
        return "http://localhost:" + appPort;
    }

    /**
     * The municipalities' case system: the ZGW fake in this JVM, with one client per demo
     * municipality that delivers through the ZGW APIs. It keeps its zaken in memory, so a restart of
     * the stack forgets them (the intakes in Naober keep their delivery state).
     */
    private ZgwFake.Running startCaseSystem() {
        // this JVM logs through slf4j-simple; Spring Boot must not try to set up Logback for the fake
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        ZgwFake.Options options = new ZgwFake.Options(settings.zgwPort(), List.of(), Map.of());
        for (String slug : ZGW_MUNICIPALITIES.keySet()) {
            options = options.withClient(new ZgwFakeProperties.Client(zgwClientId(slug), secrets.zgw(),
                    ZGW_MUNICIPALITIES.get(slug)));
        }
        return ZgwFake.start(options);
    }

    /**
     * Where the demo municipalities' intakes go: Dinkelland's case system speaks the ZGW APIs (the
     * fake), Tubbergen's WMO consultants work them in Naober's inbox (the default channel).
     */
    private Map<String, String> deliveryProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        ZGW_MUNICIPALITIES.forEach((slug, rsin) -> {
            String prefix = "naober.delivery.municipalities." + slug + ".";
            properties.put(prefix + "channel", "ZGW");
            properties.put(prefix + "zgw.catalogi-url", caseSystem.catalogiUrl());
            properties.put(prefix + "zgw.zaken-url", caseSystem.zakenUrl());
            properties.put(prefix + "zgw.documenten-url", caseSystem.documentenUrl());
            properties.put(prefix + "zgw.notificaties-url", caseSystem.notificatiesUrl());
            properties.put(prefix + "zgw.client-id", zgwClientId(slug));
            properties.put(prefix + "zgw.secret", secrets.zgw());
            properties.put(prefix + "zgw.rsin", rsin);
            properties.put(prefix + "zgw.zaaktype", "WMO-MELDING");
            properties.put(prefix + "zgw.notification-token", secrets.zgwNotification());
        });
        // the case system calls the webhook through the gateway, as it would in production
        properties.put("naober.delivery.notifications.callback-base-url", gatewayUrl());
        return properties;
    }

    private static String zgwClientId(String slug) {
        return "naober-" + slug;
    }

    /** The fake case system (ZGW APIs) of the demo municipalities. */
    public ZgwFake.Running caseSystem() {
        return caseSystem;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public GreenMail mail() {
        return mail;
    }

    /** The password of the realm file's demo platform administrator ({@code platformbeheer}). */
    public String demoPassword() {
        return secrets.demoPassword();
    }

    /** Stops Keycloak (a fault drill); {@link #startKeycloakAgain()} brings it back on the same port and data. */
    public void stopKeycloak() {
        keycloak.close();
    }

    public void startKeycloakAgain() {
        int port = java.net.URI.create(keycloak.baseUrl()).getPort();
        KeycloakServer.Settings s = keycloakSettings;
        keycloak = KeycloakServer.start(new KeycloakServer.Settings(s.workDirectory(), s.jdbcUrl(), s.dbUsername(),
                s.dbPassword(), port, s.adminUsername(), s.adminPassword()));
    }

    /** The secret of the app's service-account client {@code naober-app} (for tests of the realm). */
    public String appClientSecret() {
        return secrets.appClient();
    }

    /**
     * Gives the login with this e-mail address the demo password and clears its pending actions:
     * what a colleague does with her invitation e-mail, done directly for demo data, tests and benchmarks.
     */
    public void setDemoPassword(String email) {
        RealmResource realm = keycloak.adminClient().realm(NaoberRealm.NAME);
        for (UserRepresentation user : realm.users().searchByEmail(email, true)) {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(secrets.demoPassword());
            password.setTemporary(false);
            realm.users().get(user.getId()).resetPassword(password);
            user.setRequiredActions(java.util.List.of());
            realm.users().get(user.getId()).update(user);
        }
    }

    public Path home() {
        return settings.home();
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (caseSystem != null) {
            caseSystem.close();
        }
        if (embeddedDatabase != null) {
            try {
                embeddedDatabase.close();
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Client secrets, passwords and the personal-data key: random per run, or kept in
     * {@code home/secrets.properties} when persistent.
     */
    record Secrets(String keycloakAdmin, String gatewayClient, String appClient, String demoPassword,
            String privacyKey, String databaseApp, String zgw, String zgwNotification) {

        static Secrets of(StackSettings settings) throws IOException {
            Path file = settings.home().resolve("secrets.properties");
            Properties properties = new Properties();
            if (settings.persistent() && Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            for (String key : new String[] {"keycloak-admin", "gateway-client", "app-client", "database-app", "zgw-client",
                "zgw-notification"}) {
                properties.putIfAbsent(key, random());
            }
            properties.putIfAbsent("demo-password", settings.persistent() ? "naober-demo" : random());
            properties.putIfAbsent("privacy-key", randomKey());
            if (settings.persistent()) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Naober local stack secrets (local development only)");
                }
            }
            return new Secrets(properties.getProperty("keycloak-admin"), properties.getProperty("gateway-client"),
                    properties.getProperty("app-client"), properties.getProperty("demo-password"),
                    properties.getProperty("privacy-key"), properties.getProperty("database-app"),
                    properties.getProperty("zgw-client"), properties.getProperty("zgw-notification"));
        }

        /** A master key for naober.privacy.keys: base64 of 32 random bytes. */
        private static String randomKey() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }

        private static String random() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }
}
