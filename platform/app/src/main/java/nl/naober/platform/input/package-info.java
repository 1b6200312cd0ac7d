/**
 * Reading the fields of a request the same way in every module: trimmed text with a maximum
 * length and only storable characters, e-mail addresses, phone numbers, dates, whole numbers and
 * codes of fixed lists ({@code home-visit} for {@code HOME_VISIT}). Every problem is a Dutch
 * message at its field, collected so a form shows them all at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Input: validated request fields")
package nl.naober.platform.input;
