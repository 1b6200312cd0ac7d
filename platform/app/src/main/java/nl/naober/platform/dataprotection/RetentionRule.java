package nl.naober.platform.dataprotection;

import java.util.Objects;

/**
 * How long one kind of record is kept, as its module declares it; the municipality may choose
 * another number of months within {@link #MIN_MONTHS}–{@link #MAX_MONTHS}.
 *
 * @param recordType     kebab-case code, unique across modules, e.g. {@code contact-summary}
 * @param descriptionKey message key describing the record type and from when the months count
 * @param defaultMonths  months kept when the municipality has not chosen; {@code null} when it follows another type
 * @param follows        the record type whose retention this one shares, or {@code null}
 */
public record RetentionRule(String recordType, String descriptionKey, Integer defaultMonths, String follows) {

    /** The resident's own personal data: name, phone, e-mail, address; counted from her last contact. */
    public static final String RESIDENT = "resident";

    /** Shorter would cut into ongoing support; a follow-up can be months away. */
    public static final int MIN_MONTHS = 6;

    /** Ten years: longer is out of proportion for informal support in a village. */
    public static final int MAX_MONTHS = 120;

    public RetentionRule {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        if ((defaultMonths == null) == (follows == null)) {
            throw new IllegalArgumentException(recordType + ": either default months or a record type it follows");
        }
        if (defaultMonths != null && (defaultMonths < MIN_MONTHS || defaultMonths > MAX_MONTHS)) {
            throw new IllegalArgumentException(recordType + ": default months outside the allowed range");
        }
    }

    /** A record type with its own retention. */
    public static RetentionRule months(String recordType, String descriptionKey, int defaultMonths) {
        return new RetentionRule(recordType, descriptionKey, defaultMonths, null);
    }

    /** A record type kept exactly as long as another, e.g. a care network as long as its resident. */
    public static RetentionRule following(String recordType, String descriptionKey, String follows) {
        return new RetentionRule(recordType, descriptionKey, null, follows);
    }

    public boolean configurable() {
        return follows == null;
    }
}
