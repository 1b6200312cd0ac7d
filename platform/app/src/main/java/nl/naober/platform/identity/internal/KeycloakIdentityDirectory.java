package nl.naober.platform.identity.internal;

import java.util.List;
import java.util.Locale;
import nl.naober.kernel.TenantId;
import nl.naober.platform.identity.IdentityConflictException;
import nl.naober.platform.identity.IdentityDirectory;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Logins in Keycloak: users that are members of exactly one municipality's organization. */
class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final int INVITATION_LIFESPAN_SECONDS = 72 * 3600;

    private final RealmResource realm;
    private final KeycloakOrganizations organizations;
    private final KeycloakProperties properties;

    KeycloakIdentityDirectory(RealmResource realm, KeycloakOrganizations organizations, KeycloakProperties properties) {
        this.realm = realm;
        this.organizations = organizations;
        this.properties = properties;
    }

    @Override
    public String invite(TenantId municipality, Invitation invitation) {
        String organizationId = organizations.find(municipality).map(OrganizationRepresentation::getId)
                .orElseThrow(() -> new IllegalStateException("No Keycloak organization for " + municipality));
        String email = invitation.email().toLowerCase(Locale.ROOT);
        String userId = existingUser(email).orElseGet(() -> createUser(invitation, email));
        List<OrganizationRepresentation> memberships = KeycloakCalls.call("organizations of user",
                () -> realm.organizations().members().getOrganizations(userId, true));
        boolean memberHere = memberships.stream().anyMatch(o -> o.getId().equals(organizationId));
        if (!memberHere && !memberships.isEmpty()) {
            throw new IdentityConflictException("Het e-mailadres " + email
                    + " hoort al bij een gebruiker van een andere gemeente.");
        }
        if (!memberHere) {
            KeycloakCalls.expectSuccess("add member", KeycloakCalls.call("add member",
                    () -> realm.organizations().get(organizationId).members().addMember(userId)));
        }
        UserResource user = realm.users().get(userId);
        // the service account may map roles but not read the realm's roles (no view-realm), so the
        // role is looked up among those still available to this user; none means she has it already
        List<RoleRepresentation> available = KeycloakCalls.call("find role",
                () -> user.roles().realmLevel().listAvailable());
        available.stream().filter(r -> r.getName().equals(invitation.role().code())).findFirst()
                .ifPresent(role -> KeycloakCalls.run("assign role", () -> user.roles().realmLevel().add(List.of(role))));
        KeycloakCalls.run("send invitation e-mail", () -> user.executeActionsEmail(properties.invitationClientId(),
                properties.invitationRedirectUri(), INVITATION_LIFESPAN_SECONDS, List.of("UPDATE_PASSWORD")));
        return userId;
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        UserResource user = realm.users().get(userId);
        UserRepresentation representation = KeycloakCalls.call("read user", user::toRepresentation);
        representation.setEnabled(enabled);
        KeycloakCalls.run("update user", () -> user.update(representation));
        if (!enabled) {
            KeycloakCalls.run("end sessions", user::logout);
        }
    }

    private java.util.Optional<String> existingUser(String email) {
        return KeycloakCalls.call("find user", () -> realm.users().searchByEmail(email, true)).stream()
                .map(UserRepresentation::getId).findFirst();
    }

    private String createUser(Invitation invitation, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(invitation.firstName());
        user.setLastName(invitation.lastName());
        user.setEnabled(true);
        user.setEmailVerified(true); // the municipality vouches for the address; the e-mail link proves it too
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        return KeycloakCalls.createdId("user " + email,
                KeycloakCalls.call("create user", () -> realm.users().create(user)));
    }
}
