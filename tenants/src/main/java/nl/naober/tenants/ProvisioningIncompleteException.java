package nl.naober.tenants;

import nl.naober.kernel.TenantId;

/**
 * A step of provisioning failed (a database or Keycloak outage, say). The municipality stays
 * registered in state PROVISIONING; running provisioning again completes it.
 */
public class ProvisioningIncompleteException extends RuntimeException {

    private final TenantId tenant;
    private final String step;

    public ProvisioningIncompleteException(TenantId tenant, String step, Throwable cause) {
        super("Provisioning of " + tenant + " stopped at step " + step + ": " + cause.getMessage(), cause);
        this.tenant = tenant;
        this.step = step;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String step() {
        return step;
    }
}
