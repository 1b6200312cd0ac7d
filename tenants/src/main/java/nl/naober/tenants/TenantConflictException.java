package nl.naober.tenants;

import nl.naober.kernel.ResourceConflictException;

/** A municipality with this slug or CBS code already exists, or is in the wrong state. The message is Dutch. */
public class TenantConflictException extends ResourceConflictException {

    public TenantConflictException(String field, String dutchMessage) {
        super(field, dutchMessage);
    }
}
