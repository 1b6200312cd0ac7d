package nl.naober.platform.consent;

/**
 * Consent as a request gives it: what is shared, with whom ({@code recipient}), the date it was
 * given ({@code yyyy-MM-dd}) and how ({@code verbal} or {@code written}). Every field is required.
 */
public record ConsentRequest(String what, String recipient, String givenOn, String form) {
}
