package nl.naober.platform.contacts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The personal data of a resident; only the name is required. */
record ResidentDetails(String name, String phone, String email, String address) {

    /** "Jan de Vries" → "J.d.V."; what a list may show instead of the name. */
    static String initialsOf(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String initials = Arrays.stream(name.strip().split("\\s+"))
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)))
                .map(first -> first.toUpperCase(Locale.ROOT).equals(first) ? first : first.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(".", "", "."));
        return initials.codePointCount(0, initials.length()) > 8
                ? initials.substring(0, initials.offsetByCodePoints(0, 7)) + "…" : initials;
    }
}
