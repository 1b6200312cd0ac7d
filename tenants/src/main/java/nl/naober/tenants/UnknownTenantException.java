package nl.naober.tenants;

import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.TenantId;

/** No active municipality with this slug. The message is Dutch. */
public class UnknownTenantException extends ResourceNotFoundException {

    public UnknownTenantException(TenantId id) {
        super("Gemeente '" + id.slug() + "' is niet bekend op dit platform.");
    }

    public UnknownTenantException(String slug) {
        super("Gemeente '" + slug + "' is niet bekend op dit platform.");
    }
}
