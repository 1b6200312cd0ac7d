package nl.naober.local;

import java.nio.file.Path;

/**
 * How to run the stack.
 *
 * @param home            folder for logs, exports, PostgreSQL data (when embedded) and secrets
 * @param persistent      keep data and secrets between runs (the local stack) or not (tests)
 * @param database        a PostgreSQL server to use, or {@code null} to start the embedded one in {@code home};
 *                        its login owns the schemas (the app's migrations, the gateway, Keycloak)
 * @param appLogin        the app's restricted login on that server (created if missing), or {@code null}
 *                        for {@code naober_app} with a password of the stack's own secrets
 * @param databasePort    port of the embedded PostgreSQL (0 = any free port)
 * @param gatewayPort     the public port (0 = any free port)
 * @param keycloakPort    Keycloak's port (0 = any free port)
 * @param jars            folder with {@code app.jar} and {@code gateway.jar}
 * @param ratePerUser     gateway rate limit per user per minute
 * @param ratePerTenant   gateway rate limit per municipality per minute
 */
public record StackSettings(Path home, boolean persistent, Database database, Database.Login appLogin,
        int databasePort, int gatewayPort, int keycloakPort, Path jars, int ratePerUser, int ratePerTenant) {

    /** The README's local stack: data under {@code ~/.naober/local}, the gateway on 8080. */
    static StackSettings local() {
        return new StackSettings(
                Path.of(env("NAOBER_HOME", Path.of(System.getProperty("user.home"), ".naober", "local").toString())),
                true, null, null, Integer.parseInt(env("NAOBER_DB_PORT", "54329")),
                Integer.parseInt(env("NAOBER_PORT", "8080")),
                Integer.parseInt(env("NAOBER_KEYCLOAK_PORT", "8180")),
                Path.of(System.getProperty("naober.stack.jars", "platform/local/target/stack")), 600, 6000);
    }

    /**
     * A throw-away stack on a given database server, for tests and benchmarks: {@code owner} for
     * the migrations, the gateway and Keycloak, {@code app} for the app's request pool.
     */
    public static StackSettings ephemeral(Path home, Database owner, Database.Login app, Path jars, int ratePerUser,
            int ratePerTenant) {
        return new StackSettings(home, false, owner, app, 0, 0, 0, jars, ratePerUser, ratePerTenant);
    }

    /** The fake case system's port: {@code NAOBER_ZGW_PORT} (8010) for the README's stack, any free port otherwise. */
    int zgwPort() {
        return persistent ? Integer.parseInt(env("NAOBER_ZGW_PORT", "8010")) : 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
