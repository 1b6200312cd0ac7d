package nl.naober.tenants.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * The connection pool of the migration login, kept apart from the request pool (and not itself a
 * DataSource bean): Flyway, schema creation, offboarding's export and {@code DROP SCHEMA}. This
 * login owns the schemas; the request pool's login ({@code appRole}) only gets row access to them,
 * so the app cannot change or drop a table, and a table can take UPDATE and DELETE away from it.
 *
 * @param dataSource the pool, logged in as {@code naober.tenants.migration.username}, or as
 *                   {@code spring.datasource.username} when that is not set (one login)
 * @param appRole    the database role of the request pool
 */
record MigrationConnections(HikariDataSource dataSource, String appRole) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationConnections.class);

    static MigrationConnections create(DataSourceProperties dataSource, TenancyProperties tenancy) {
        String appLogin = dataSource.determineUsername();
        String appRole = tenancy.appRole() != null ? tenancy.appRole() : appLogin;
        if (appRole == null || appRole.isBlank()) {
            throw new IllegalStateException("The app's database role is unknown: set spring.datasource.username "
                    + "(or naober.tenants.app-role)");
        }
        AppRolePrivileges.validRoleName(appRole);
        HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        TenancyProperties.Migration owner = tenancy.migration();
        if (owner.username() != null) {
            pool.setUsername(owner.username());
            pool.setPassword(owner.password());
        } else {
            log.warn("naober.tenants.migration.username is not set: migrations and the request pool share the login {}, "
                    + "so the app can change and drop the tables it serves (see docs/adr/0005)", appLogin);
        }
        if (appRole.equals(pool.getUsername()) && owner.username() != null) {
            log.warn("The app role {} is the migration login: the request pool has the owner's rights", appRole);
        }
        return new MigrationConnections(pool, appRole);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
