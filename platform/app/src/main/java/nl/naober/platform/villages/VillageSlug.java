package nl.naober.platform.villages;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A village's name in public addresses: {@code Oud Ootmarsum} → {@code oud-ootmarsum},
 * {@code Saasveld/Gammelke} → {@code saasveld-gammelke}. Accents are dropped, every other run of
 * characters becomes one hyphen; a slug that is taken gets {@code -2}, {@code -3}, ….
 */
final class VillageSlug {

    static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "dorp";

    private VillageSlug() {
    }

    static String from(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The slug of {@code name}, or the first of its numbered variants that is not {@code taken}. */
    static String unique(String name, Predicate<String> taken) {
        String base = from(name);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
