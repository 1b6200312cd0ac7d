package nl.naober.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test JVM, started on first use and stopped when the JVM ends.
 *
 * <p>Which database is chosen, in order:
 * <ol>
 *   <li>an external database when {@code NAOBER_TEST_JDBC_URL} is set (with {@code NAOBER_TEST_DB_USER}
 *   and {@code NAOBER_TEST_DB_PASSWORD});</li>
 *   <li>a Testcontainers container when {@code NAOBER_TEST_DB=container}, or when it is unset and a
 *   Docker engine answers;</li>
 *   <li>otherwise PostgreSQL 17 from the embedded binaries ({@code NAOBER_TEST_DB=embedded} forces
 *   this and skips the Docker probe).</li>
 * </ol>
 * On an external server each test JVM creates (and finally drops) a database of its own. Tests
 * still use unique tenant slugs, so that tests within one JVM never collide.
 *
 * <p>Two logins, as in production: the server's user (the owner of everything the tests create,
 * for migrations and test set-up) and {@value #APP_USERNAME}, the restricted login of the app's
 * request pool, created here when missing. Roles are shared by all databases of a server, so the
 * role and its password are the same for every test JVM.
 */
public final class TestDatabase {

    /** The app's restricted login (no DDL, row access granted by the migrations). */
    public static final String APP_USERNAME = "naober_app";
    /** Its password: a fixed one, so that test JVMs sharing an external server agree on it. */
    public static final String APP_PASSWORD = "naober-app-test";

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile Connection instance;

    /**
     * How to reach the database.
     *
     * @param jdbcUrl     the URL, without credentials in it
     * @param username    the owner login: migrations ({@code naober.tenants.migration.username}) and test set-up
     * @param password    its password
     * @param kind        what kind of database this is, for the log
     * @param appUsername the app's restricted login ({@code spring.datasource.username} of the app)
     * @param appPassword its password
     */
    public record Connection(String jdbcUrl, String username, String password, String kind, String appUsername,
            String appPassword) {

        Connection(String jdbcUrl, String username, String password, String kind) {
            this(jdbcUrl, username, password, kind, APP_USERNAME, APP_PASSWORD);
        }
    }

    private TestDatabase() {
    }

    public static Connection get() {
        Connection current = instance;
        if (current == null) {
            synchronized (TestDatabase.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    createAppLogin(current);
                    instance = current;
                    log.info("Test database: {} at {}", current.kind(), current.jdbcUrl());
                }
            }
        }
        return current;
    }

    private static Connection start() {
        String url = setting("NAOBER_TEST_JDBC_URL");
        if (url != null) {
            return freshDatabaseOn(new Connection(url, settingOr("NAOBER_TEST_DB_USER", "postgres"),
                    settingOr("NAOBER_TEST_DB_PASSWORD", ""), "external"));
        }
        String wanted = settingOr("NAOBER_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        if (wanted.equals("container") || (wanted.equals("auto") && dockerAvailable())) {
            return startContainer();
        }
        return startEmbedded();
    }

    private static boolean dockerAvailable() {
        boolean engineConfigured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run",
                        "docker.sock"));
        if (!engineConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "testcontainers");
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop embedded PostgreSQL", e);
                }
            }, "test-postgres-stop"));
            // not getJdbcUrl(): its user parameter in the URL would win over the app's login
            return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
                    "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /**
     * On an external server every test JVM gets a database of its own, dropped when the JVM ends:
     * test applications with different tenant migrations must not meet in one registry, and runs
     * must not depend on what an earlier run left behind. Needs the CREATEDB privilege.
     */
    private static Connection freshDatabaseOn(Connection server) {
        String name = "naober_test_" + Long.toString(System.nanoTime(), 36) + "_" + ProcessHandle.current().pid();
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password()); java.sql.Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.jdbcUrl()
                    + " (the user needs CREATEDB)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.sql.Connection admin = java.sql.DriverManager.getConnection(server.jdbcUrl(),
                    server.username(), server.password()); java.sql.Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (java.sql.SQLException e) {
                log.warn("Could not drop test database {}", name, e);
            }
        }, "test-database-drop"));
        String url = server.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)([^?]*)", "$1" + name);
        return new Connection(url, server.username(), server.password(), "external (database " + name + ")");
    }

    /**
     * Creates the app's login unless another test JVM on the same server did, and lets it connect
     * to this database. Nothing else: the migrations grant it row access to the schemas they create.
     */
    private static void createAppLogin(Connection db) {
        try (java.sql.Connection owner = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.username(),
                db.password()); java.sql.Statement statement = owner.createStatement()) {
            statement.execute("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            BEGIN
                                CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%2$s';
                            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                                NULL; -- another test JVM created it at the same moment
                            END;
                        END IF;
                        EXECUTE format('GRANT CONNECT ON DATABASE %%I TO %1$s', current_database());
                    END
                    $$""".formatted(APP_USERNAME, APP_PASSWORD));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the app's login " + APP_USERNAME + " on " + db.jdbcUrl()
                    + " (the user needs CREATEROLE, or create the role beforehand)", e);
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String settingOr(String name, String fallback) {
        String value = setting(name);
        return value == null ? fallback : value;
    }
}
