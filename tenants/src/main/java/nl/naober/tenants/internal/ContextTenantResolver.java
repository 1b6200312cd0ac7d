package nl.naober.tenants.internal;

import nl.naober.kernel.TenantId;
import nl.naober.tenants.NoTenantSelectedException;
import nl.naober.tenants.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate asks this for the tenant of a new session: the {@link TenantContext}. Without one the
 * session is bound to {@link #NO_TENANT}, whose connections reach no tenant schema; Spring Data
 * opens such sessions at start-up to prepare queries. Any statement such a session tries to run
 * is stopped here with a {@link NoTenantSelectedException}.
 */
class ContextTenantResolver implements CurrentTenantIdentifierResolver<String>, StatementInspector {

    static final String NO_TENANT = "-";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(TenantId::slug).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public String inspect(String sql) {
        if (TenantContext.current().isEmpty()) {
            throw new NoTenantSelectedException();
        }
        return sql;
    }
}
