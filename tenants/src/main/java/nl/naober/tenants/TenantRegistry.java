package nl.naober.tenants;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.TenantId;

/** Read access to the registry of municipalities (the {@code platform} schema). */
public interface TenantRegistry {

    Optional<Tenant> find(TenantId id);

    /** Every municipality, offboarded ones included, ordered by slug. */
    List<Tenant> findAll();

    List<Tenant> findByStatus(TenantStatus status);

    /** The tenant if it exists and is active; otherwise {@link UnknownTenantException}. */
    default Tenant requireActive(TenantId id) {
        return find(id).filter(Tenant::isActive).orElseThrow(() -> new UnknownTenantException(id));
    }
}
