package nl.naober.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import nl.naober.platform.NaoberApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole local stack and prints what runs where. The README's run command. */
public final class NaoberLocal implements AutoCloseable {

    private final LocalSettings settings;
    private final EmbeddedPostgres database;
    private final ConfigurableApplicationContext app;
    private final LocalSigningKey key;
    private final int port;

    private NaoberLocal(LocalSettings settings, EmbeddedPostgres database, ConfigurableApplicationContext app,
            LocalSigningKey key) {
        this.settings = settings;
        this.database = database;
        this.app = app;
        this.key = key;
        this.port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public static void main(String[] args) throws Exception {
        NaoberLocal stack = start(LocalSettings.fromEnvironment(), args);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "naober-local-stop"));
        stack.printWhatRunsWhere();
    }

    static NaoberLocal start(LocalSettings settings, String... args) throws Exception {
        Files.createDirectories(settings.home());
        EmbeddedPostgres database = LocalDatabase.start(settings);
        try {
            LocalSigningKey key = LocalSigningKey.loadOrCreate(settings.home());
            ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                    .properties(Map.of(
                            "spring.datasource.url", LocalDatabase.jdbcUrl(settings),
                            "spring.datasource.username", "postgres",
                            "spring.datasource.password", "postgres",
                            "spring.security.oauth2.resourceserver.jwt.public-key-location", key.publicKeyLocation(),
                            "naober.tenants.export-directory", settings.exportDirectory().toString(),
                            "server.port", String.valueOf(settings.httpPort()),
                            "logging.level.org.flywaydb", "warn"))
                    .run(args);
            NaoberLocal stack = new NaoberLocal(settings, database, app, key);
            new DemoData(stack.baseUrl(), key).provision();
            return stack;
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    LocalSigningKey signingKey() {
        return key;
    }

    void printWhatRunsWhere() throws IOException {
        StringBuilder tokens = new StringBuilder();
        tokens.append("PLATFORM_ADMIN=").append(key.token("platformbeheer", null, "platform-admin")).append('\n');
        for (DemoData.DemoMunicipality m : DemoData.MUNICIPALITIES) {
            String prefix = m.slug().toUpperCase(java.util.Locale.ROOT);
            tokens.append(prefix).append("_ADMIN=").append(key.token("beheer-" + m.slug(), m.slug(), "municipal-admin"))
                    .append('\n');
            tokens.append(prefix).append("_SUPPORTER=").append(key.token("ondersteuner-" + m.slug(), m.slug(),
                    "supporter")).append('\n');
        }
        var tokenFile = settings.home().resolve("demo-tokens.env");
        Files.writeString(tokenFile, tokens);
        System.out.println("""

                ============================================================================
                 Naober local stack is running
                ----------------------------------------------------------------------------
                 API           %1$s/api/v1
                 OpenAPI       %1$s/api/v1/openapi.json
                 Health        %1$s/actuator/health
                 PostgreSQL    %2$s  (user postgres / postgres)
                 Data          %3$s
                 Demo          Dinkelland (Denekamp, Ootmarsum, Weerselo),
                               Tubbergen (Albergen, Geesteren, Vasse)
                 Demo tokens   %4$s  (valid 12 hours; restart for new ones)
                               platform admin, per municipality an admin and a supporter

                 Try:  source %4$s
                       curl -H "Authorization: Bearer $DINKELLAND_ADMIN" \\
                            %1$s/api/v1/municipalities/dinkelland/villages
                 Stop with Ctrl+C; data stays in %3$s
                ============================================================================
                """.formatted(baseUrl(), LocalDatabase.jdbcUrl(settings), settings.home(), tokenFile));
    }

    @Override
    public void close() {
        app.close();
        try {
            database.close();
        } catch (IOException e) {
            System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
        }
    }
}
