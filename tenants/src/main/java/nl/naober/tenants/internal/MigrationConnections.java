package nl.naober.tenants.internal;

import javax.sql.DataSource;

/** Unpooled connections for Flyway, kept apart from the request pool (and not a DataSource bean). */
record MigrationConnections(DataSource dataSource) {
}
