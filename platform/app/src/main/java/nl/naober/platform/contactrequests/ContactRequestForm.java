package nl.naober.platform.contactrequests;

/**
 * The public contact form as submitted. {@code website} is the honeypot: hidden from people, filled
 * by bots. {@code consent} is the checkbox ("true" when ticked).
 */
record ContactRequestForm(String name, String phone, String email, String message, String preferredTime,
        String consent, String website) {

    static ContactRequestForm empty() {
        return new ContactRequestForm(null, null, null, null, null, null, null);
    }

    /** Filled by a bot: the field is invisible and unreachable for people. */
    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    public java.util.List<String> consentValues() {
        return "true".equals(consent) ? java.util.List.of("true") : java.util.List.of();
    }

    /** The form after validation; blank optional fields are {@code null}. */
    record Valid(String name, String phone, String email, String message, String preferredTime) {
    }
}
