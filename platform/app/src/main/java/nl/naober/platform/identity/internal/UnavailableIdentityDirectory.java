package nl.naober.platform.identity.internal;

import nl.naober.kernel.TenantId;
import nl.naober.platform.identity.IdentityDirectory;
import nl.naober.platform.identity.IdentityUnavailableException;

/** Used when Keycloak is not configured ({@code naober.keycloak.enabled=false}): every call says so. */
class UnavailableIdentityDirectory implements IdentityDirectory {

    @Override
    public String invite(TenantId municipality, Invitation invitation) {
        throw new IdentityUnavailableException("Keycloak is not configured (naober.keycloak.enabled=false)", null);
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        throw new IdentityUnavailableException("Keycloak is not configured (naober.keycloak.enabled=false)", null);
    }
}
