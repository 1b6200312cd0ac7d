package nl.naober.platform.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.StorableText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the fields of a request the same way everywhere in this module: trimmed text with a
 * maximum length and only storable characters, dates, codes of fixed lists; each problem is a Dutch
 * message at its field, collected so a form shows them all at once.
 */
@Component
class InputReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,20}");

    private final MessageSource messages;
    private final Clock clock;

    InputReader(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    /** Optional text: blank is {@code null}. */
    String optionalText(String field, String raw, int max, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(field, text("input.too-long", max));
        } else if (!StorableText.isStorable(value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))) {
            errors.add(field, text("input.invalid-characters"));
        }
        return value;
    }

    String requiredText(String field, String raw, int max, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, max, errors);
        if (value == null) {
            errors.add(field, text("input.required." + field));
        }
        return value;
    }

    String optionalEmail(String field, String raw, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, 254, errors);
        if (value != null && !EMAIL.matcher(value).matches()) {
            errors.add(field, text("input.email.invalid"));
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    String optionalPhone(String field, String raw, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, 20, errors);
        if (value != null && !PHONE.matcher(value).matches()) {
            errors.add(field, text("input.phone.invalid"));
        }
        return value;
    }

    /** A date {@code yyyy-MM-dd}; blank is {@code null}. */
    LocalDate optionalDate(String field, String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, text("input.date.invalid"));
            return null;
        }
    }

    /** One value of a fixed list, by its code ({@code home-visit}). */
    <E extends Enum<E>> E requiredCode(String field, Class<E> type, String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, text("input.required." + field));
            return null;
        }
        return code(field, type, raw, errors).orElse(null);
    }

    <E extends Enum<E>> Optional<E> code(String field, Class<E> type, String raw, InvalidInputException.Collector errors) {
        Optional<E> value = CodedValue.parse(type, raw);
        if (value.isEmpty()) {
            errors.add(field, text("input.unknown-choice", abbreviated(raw)));
        }
        return value;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Echoing a value back in a message: short, and without characters that cannot be shown. */
    static String abbreviated(String raw) {
        String shown = raw.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .limit(40).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() < raw.length() ? shown + "…" : shown;
    }
}
