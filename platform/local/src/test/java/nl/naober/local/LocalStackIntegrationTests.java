package nl.naober.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the local stack that are its own; the whole stack runs in the end-to-end tests. */
class LocalStackIntegrationTests {

    @TempDir
    Path home;

    @Test
    void embeddedDatabaseKeepsItsDataBetweenRuns() throws Exception {
        int port = NaoberStack.freePort();
        try (EmbeddedPostgres first = EmbeddedDatabase.start(home.resolve("pgdata"), port)) {
            Database server = new Database(first.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            Database naober = server.withDatabase("naober");
            try (var connection = java.sql.DriverManager.getConnection(naober.jdbcUrl(), "postgres", "postgres")) {
                connection.createStatement().execute("create table kept (v text); insert into kept values ('ja')");
            }
        }
        try (EmbeddedPostgres second = EmbeddedDatabase.start(home.resolve("pgdata"), port)) {
            Database naober = new Database(second.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
                    .withDatabase("naober");
            try (var connection = java.sql.DriverManager.getConnection(naober.jdbcUrl(), "postgres", "postgres");
                 var rows = connection.createStatement().executeQuery("select v from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ja");
            }
        }
    }

    @Test
    void persistentSecretsAreKeptAndThrowAwaySecretsAreNot() throws Exception {
        StackSettings persistent = new StackSettings(home, true, null, null, 0, 0, 0, home, 1, 1);
        NaoberStack.Secrets first = NaoberStack.Secrets.of(persistent);
        NaoberStack.Secrets again = NaoberStack.Secrets.of(persistent);
        NaoberStack.Secrets ephemeral = NaoberStack.Secrets.of(new StackSettings(home, false, null, null, 0, 0, 0, home, 1, 1));

        assertThat(again).isEqualTo(first);
        assertThat(first.demoPassword()).isEqualTo("naober-demo");
        assertThat(ephemeral.gatewayClient()).isNotEqualTo(first.gatewayClient());
        assertThat(ephemeral.demoPassword()).hasSize(36);
        // the personal-data key: 32 random bytes, kept in a persistent home (its data needs it), new otherwise
        assertThat(java.util.Base64.getDecoder().decode(first.privacyKey())).hasSize(32);
        assertThat(ephemeral.privacyKey()).isNotEqualTo(first.privacyKey());
        assertThat(again.databaseApp()).isEqualTo(first.databaseApp()).isNotEqualTo(ephemeral.databaseApp()).hasSize(36);
    }
}
