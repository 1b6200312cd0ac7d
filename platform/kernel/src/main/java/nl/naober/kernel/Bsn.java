package nl.naober.kernel;

/**
 * Burgerservicenummer: nine digits passing the 11-proof. Numbers below 10,000,000 ({@code 000000000},
 * {@code 000000012} and the like) pass the 11-proof but are never issued (the lowest are former sofi
 * numbers of eight digits), so they are refused as typing errors. Never log the value.
 */
public record Bsn(String value) {

    private static final int LOWEST_ISSUED = 10_000_000;

    public Bsn {
        if (!ElevenProof.isValid(value) || Integer.parseInt(value) < LOWEST_ISSUED) {
            throw new InvalidIdentifierException("bsn",
                    "Het BSN moet uit negen cijfers bestaan en voldoen aan de elfproef.");
        }
    }

    /** The BSN as shown on screens: all but its last three digits hidden. */
    public String masked() {
        return mask(value);
    }

    /** A stored BSN as shown on screens ({@code ******782}); nine stars for anything shorter than three. */
    public static String mask(String bsn) {
        return bsn == null || bsn.length() < 3 ? "*********" : "******" + bsn.substring(bsn.length() - 3);
    }

    /** The value itself is personal data: never in logs or messages. */
    @Override
    public String toString() {
        return mask(value);
    }
}
