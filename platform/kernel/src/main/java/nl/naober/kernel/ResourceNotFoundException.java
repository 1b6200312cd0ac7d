package nl.naober.kernel;

/** The requested resource does not exist (or is not visible to the caller). The message is Dutch. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String dutchMessage) {
        super(dutchMessage);
    }
}
