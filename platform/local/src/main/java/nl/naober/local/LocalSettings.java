package nl.naober.local;

import java.nio.file.Path;

/**
 * Where and on which ports the local stack runs. Environment variables: {@code NAOBER_HOME}
 * (default {@code ~/.naober/local}), {@code NAOBER_DB_PORT} (default 54329), {@code NAOBER_PORT}
 * (default 8080; 0 picks a free port).
 */
record LocalSettings(Path home, int databasePort, int httpPort) {

    static LocalSettings fromEnvironment() {
        return new LocalSettings(
                Path.of(env("NAOBER_HOME", Path.of(System.getProperty("user.home"), ".naober", "local").toString())),
                Integer.parseInt(env("NAOBER_DB_PORT", "54329")),
                Integer.parseInt(env("NAOBER_PORT", "8080")));
    }

    Path databaseDirectory() {
        return home.resolve("pgdata");
    }

    Path exportDirectory() {
        return home.resolve("exports");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
