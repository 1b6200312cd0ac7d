package nl.naober.platform.privacy;

/**
 * A stored value could not be decrypted: it is not in the encrypted form, its key is no longer
 * configured, or it fails the integrity check (changed, damaged, or copied from another
 * municipality). Never the user's fault and never answered with the value: the API reports it as
 * an internal failure with a reference, and the message names neither the value nor a key.
 */
public class PersonalDataUnreadableException extends RuntimeException {

    /** Why the value could not be read. */
    public enum Reason {
        /** Not {@code v1.<keyId>.<base64url>}: plain text, truncated or of an unknown version. */
        MALFORMED,
        /** Encrypted under a key id that is not configured (removed too early, or never added). */
        UNKNOWN_KEY,
        /** The authentication tag does not match: changed, or encrypted for another municipality. */
        TAMPERED
    }

    private final Reason reason;
    private final String keyId;

    PersonalDataUnreadableException(Reason reason, String keyId, String message) {
        super(message);
        this.reason = reason;
        this.keyId = keyId;
    }

    public Reason reason() {
        return reason;
    }

    /** The key id of the stored value, or {@code null} when it could not be read. */
    public String keyId() {
        return keyId;
    }
}
