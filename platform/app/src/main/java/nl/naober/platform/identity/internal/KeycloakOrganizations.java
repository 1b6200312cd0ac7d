package nl.naober.platform.identity.internal;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.TenantId;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/** Finds and creates a municipality's organization; its alias is the municipality's slug. */
class KeycloakOrganizations {

    private final RealmResource realm;

    KeycloakOrganizations(RealmResource realm) {
        this.realm = realm;
    }

    Optional<OrganizationRepresentation> find(TenantId municipality) {
        // search matches the name, not the alias, so look through all (a few hundred at most)
        List<OrganizationRepresentation> all = KeycloakCalls.call("list organizations",
                () -> realm.organizations().list(0, 10_000));
        return all.stream().filter(o -> municipality.slug().equals(o.getAlias())).findFirst();
    }

    String findOrCreate(TenantId municipality, String name) {
        Optional<OrganizationRepresentation> existing = find(municipality);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name);
        organization.setAlias(municipality.slug());
        organization.setEnabled(true);
        organization.setDescription("Gemeente " + name + " (Naober)");
        return KeycloakCalls.createdId("organization " + municipality,
                KeycloakCalls.call("create organization", () -> realm.organizations().create(organization)));
    }
}
