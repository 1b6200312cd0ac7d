package nl.naober.kernel;

/**
 * A value from outside (a request, a file) is not a valid identifier. The message is Dutch and
 * fit to show to the user; {@link #field()} names the offending field.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String field;

    public InvalidIdentifierException(String field, String dutchMessage) {
        super(dutchMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
