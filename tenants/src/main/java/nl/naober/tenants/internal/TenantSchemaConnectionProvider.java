package nl.naober.tenants.internal;

import java.sql.Connection;
import java.sql.SQLException;
import nl.naober.kernel.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's view of the shared pool: a session of tenant {@code slug} gets a connection whose
 * search_path is {@code t_<slug>}; releasing it resets the schema (see {@link SchemaSwitchingDataSource}).
 */
class TenantSchemaConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final SchemaSwitchingDataSource dataSource;

    TenantSchemaConnectionProvider(SchemaSwitchingDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.connectionFor(SchemaNames.NO_TENANT);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        return dataSource.connectionFor(ContextTenantResolver.NO_TENANT.equals(tenantIdentifier)
                ? SchemaNames.NO_TENANT : TenantId.of(tenantIdentifier).schema());
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }
}
