package nl.naober.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PostgreSQL 17 from the embedded binaries, with its data directory kept between runs. */
final class LocalDatabase {

    private LocalDatabase() {
    }

    static EmbeddedPostgres start(LocalSettings settings) throws IOException {
        Path data = settings.databaseDirectory();
        Files.createDirectories(data);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(settings.databasePort())
                .setServerConfig("max_connections", "200")
                .start();
    }

    static String jdbcUrl(LocalSettings settings) {
        return "jdbc:postgresql://localhost:" + settings.databasePort() + "/postgres";
    }
}
