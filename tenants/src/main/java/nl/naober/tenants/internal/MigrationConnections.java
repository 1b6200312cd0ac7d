package nl.naober.tenants.internal;

import com.zaxxer.hikari.HikariDataSource;

/** The connection pool of Flyway, kept apart from the request pool (and not itself a DataSource bean). */
record MigrationConnections(HikariDataSource dataSource) implements AutoCloseable {

    @Override
    public void close() {
        dataSource.close();
    }
}
