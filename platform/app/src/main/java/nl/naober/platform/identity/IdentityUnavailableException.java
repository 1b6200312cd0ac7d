package nl.naober.platform.identity;

/** The identity provider (Keycloak) is not configured or cannot be reached; nothing was changed. */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
