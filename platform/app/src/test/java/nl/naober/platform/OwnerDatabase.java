package nl.naober.platform;

import nl.naober.kernel.TenantId;
import nl.naober.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The owner login of the test database (the one migrations use), for test set-up the app's own
 * restricted login may not do: creating tables, or tampering with the audit log to prove it is
 * detected. Statements run in the given municipality's schema.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcClient inSchemaOf(String municipality) {
        TestDatabase.Connection db = TestDatabase.get();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema="
                + TenantId.of(municipality).schema();
        return JdbcClient.create(new DriverManagerDataSource(url, db.username(), db.password()));
    }
}
