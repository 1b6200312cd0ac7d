package nl.naober.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PostgreSQL 17 from the embedded binaries, its data directory kept between runs. */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("max_connections", "200").start();
    }
}
