package nl.naober.kernel;

/**
 * Text that PostgreSQL stores exactly as given. It refuses NUL and stores an unpaired UTF-16
 * surrogate as '?', so text with control characters or lone surrogates would be refused by the
 * database or stored differently from what the user was told.
 */
public final class StorableText {

    private StorableText() {
    }

    public static boolean isStorable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
    }
}
