package nl.naober.kernel;

import java.util.regex.Pattern;

/** The CBS municipality code, {@code GM} followed by four digits (for example {@code GM1774}). */
public record CbsCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public CbsCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException("cbsCode",
                    "De CBS-code moet bestaan uit 'GM' gevolgd door vier cijfers, bijvoorbeeld GM1774.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
