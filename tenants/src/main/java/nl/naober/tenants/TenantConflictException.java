package nl.naober.tenants;

/** A municipality with this slug or CBS code already exists. The message is Dutch. */
public class TenantConflictException extends RuntimeException {

    private final String field;

    public TenantConflictException(String field, String dutchMessage) {
        super(dutchMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
