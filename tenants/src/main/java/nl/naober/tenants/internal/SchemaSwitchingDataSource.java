package nl.naober.tenants.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource: one shared pool, and every connection handed out has its
 * search_path set to the schema of the current tenant ({@link TenantContext}), or to the empty
 * {@code naober_no_tenant} schema when there is none. Closing the connection sets it back to
 * {@code naober_no_tenant} before the pool gets it back; a connection that cannot be reset is
 * evicted. So a pooled connection never carries the previous tenant's schema, whichever code
 * (JPA, JdbcClient, a native query, a report) uses it.
 */
public class SchemaSwitchingDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(SchemaSwitchingDataSource.class);

    public SchemaSwitchingDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connectionFor(TenantContext.current().map(TenantId::schema).orElse(SchemaNames.NO_TENANT));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Connections with other credentials bypass tenant isolation and are not offered");
    }

    /** A connection of the shared pool bound to {@code schema} until it is closed. */
    Connection connectionFor(String schema) throws SQLException {
        Connection raw = obtainTargetDataSource().getConnection();
        try {
            raw.setSchema(schema);
        } catch (SQLException | RuntimeException e) {
            discard(raw);
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ResettingHandler(raw));
    }

    private void discard(Connection raw) {
        if (obtainTargetDataSource() instanceof HikariDataSource hikari) {
            hikari.evictConnection(raw);
        } else {
            try {
                raw.close();
            } catch (SQLException e) {
                log.debug("Closing a broken connection failed", e);
            }
        }
    }

    private final class ResettingHandler implements InvocationHandler {

        private final Connection raw;
        private boolean closed;

        private ResettingHandler(Connection raw) {
            this.raw = raw;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    release();
                    return null;
                }
                case "isClosed" -> {
                    return closed || raw.isClosed();
                }
                case "unwrap" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                }
                case "isWrapperFor" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "SchemaBound[" + raw + "]";
                }
                default -> {
                    if (closed) {
                        throw new SQLException("Connection is closed", "08003"); // as HikariCP does
                    }
                }
            }
            try {
                return method.invoke(raw, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void release() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!raw.getAutoCommit()) {
                    // a SET inside a transaction that is rolled back later is undone with it
                    raw.rollback();
                    raw.setAutoCommit(true);
                }
                raw.setSchema(SchemaNames.NO_TENANT);
            } catch (SQLException | RuntimeException e) {
                log.warn("Could not reset a connection's schema; evicting it from the pool", e);
                discard(raw);
                return;
            }
            raw.close();
        }
    }
}
