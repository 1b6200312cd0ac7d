package nl.naober.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Keycloak server of a test JVM, on an embedded PostgreSQL 17 with a fresh database.
 *
 * <p>Test classes use {@code @ExtendWith(TestKeycloak.class)} and then {@link #server()}. The pair
 * lives in JUnit's root store, so it is started by the first class that needs it and closed once,
 * after the last test and in order (Keycloak before its database) — JVM shutdown hooks would run
 * concurrently and cut Keycloak's connections while it is still stopping.
 */
final class TestKeycloak implements BeforeAllCallback {

    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestKeycloak.class);
    private static volatile Resources resources;

    @Override
    public void beforeAll(ExtensionContext context) {
        resources = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Resources.class, key -> Resources.start(), Resources.class);
    }

    /** The running server; only from a class extended with this extension. */
    static KeycloakServer server() {
        return Objects.requireNonNull(resources, "annotate the test class with @ExtendWith(TestKeycloak.class)")
                .keycloak();
    }

    private record Resources(EmbeddedPostgres postgres, KeycloakServer keycloak) implements AutoCloseable {

        static Resources start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                String database = "keycloak_" + UUID.randomUUID().toString().replace("-", "");
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
                KeycloakServer keycloak = KeycloakServer.start(new KeycloakServer.Settings(
                        Path.of("target", "keycloak-" + database).toAbsolutePath(),
                        postgres.getJdbcUrl("postgres", database), "postgres", "", 0,
                        ADMIN_USERNAME, ADMIN_PASSWORD));
                return new Resources(postgres, keycloak);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            keycloak.close();
            postgres.close();
        }
    }
}
