package nl.naober.platform.identity.internal;

import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantProvisioningStep;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisioning creates the municipality's Keycloak organization (found again by alias when a
 * previous attempt got that far); offboarding deletes its members' logins, which belong to this
 * municipality only, and then the organization.
 */
class KeycloakOrganizationStep implements TenantProvisioningStep {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizationStep.class);

    private final RealmResource realm;
    private final KeycloakOrganizations organizations;

    KeycloakOrganizationStep(RealmResource realm, KeycloakOrganizations organizations) {
        this.realm = realm;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "keycloak-organization";
    }

    @Override
    public void provision(Tenant tenant) {
        String id = organizations.findOrCreate(tenant.id(), tenant.name());
        log.info("Keycloak organization of {} is {}", tenant.id(), id);
    }

    @Override
    public void deprovision(Tenant tenant) {
        organizations.find(tenant.id()).ifPresent(organization -> {
            var resource = realm.organizations().get(organization.getId());
            for (MemberRepresentation member : KeycloakCalls.call("list members", () -> resource.members().getAll())) {
                KeycloakCalls.run("delete user", () -> realm.users().delete(member.getId()).close());
            }
            KeycloakCalls.expectSuccess("delete organization " + tenant.id(),
                    KeycloakCalls.call("delete organization", resource::delete));
            log.info("Keycloak organization of {} deleted", tenant.id());
        });
    }
}
