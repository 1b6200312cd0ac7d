package nl.naober.platform.identity;

import nl.naober.kernel.ResourceConflictException;

/** The e-mail address is in use by a login that cannot be used for this municipality. */
public class IdentityConflictException extends ResourceConflictException {

    public IdentityConflictException(String dutchMessage) {
        super("email", dutchMessage);
    }
}
