package nl.naober.kernel;

/** The request conflicts with the current state (a duplicate, a wrong state). The message is Dutch. */
public class ResourceConflictException extends RuntimeException {

    private final String field;

    public ResourceConflictException(String field, String dutchMessage) {
        super(dutchMessage);
        this.field = field;
    }

    /** The request field that conflicts, or {@code null}. */
    public String field() {
        return field;
    }
}
