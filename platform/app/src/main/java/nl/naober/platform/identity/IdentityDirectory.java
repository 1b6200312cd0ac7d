package nl.naober.platform.identity;

import nl.naober.kernel.Role;
import nl.naober.kernel.TenantId;

/** The logins of a municipality's colleagues in the identity provider. */
public interface IdentityDirectory {

    /**
     * Makes sure {@code invitation.email()} has a login that is a member of the municipality's
     * organization with the given role, and sends it an e-mail to set a password. Idempotent: an
     * existing login of the same municipality is reused (and gets the e-mail again).
     *
     * @return the identity provider's id of the user (the {@code sub} of her tokens)
     * @throws IdentityConflictException when the address belongs to a login of another municipality
     * @throws IdentityUnavailableException when the identity provider cannot be reached
     */
    String invite(TenantId municipality, Invitation invitation);

    /** Enables or disables the login; disabling also ends her sessions. */
    void setEnabled(String userId, boolean enabled);

    /** Who to invite. */
    record Invitation(String firstName, String lastName, String email, Role role) {
    }
}
