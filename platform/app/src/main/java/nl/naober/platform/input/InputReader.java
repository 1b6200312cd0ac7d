package nl.naober.platform.input;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.StorableText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the fields of a request the same way everywhere: trimmed text with a maximum length and
 * only storable characters, dates, numbers, codes of fixed lists; each problem is a Dutch message at
 * its field, collected so a form shows them all at once.
 *
 * <p>A missing required field gets the message {@code <prefix><field>}; the bean's prefix is
 * {@code input.required.}, and a module keeps its own required messages under its own name with
 * {@link #withRequiredMessages(String)} (e.g. {@code referral.required.targetName}).
 */
@Component
public class InputReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,20}");
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final MessageSource messages;
    private final Clock clock;
    private final String requiredPrefix;

    /** Whether a text has the shape of an e-mail address (the same rule for every form and API). */
    public static boolean isEmailAddress(String text) {
        return text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    @Autowired
    InputReader(MessageSource messages, Clock clock) {
        this(messages, clock, "input.required.");
    }

    private InputReader(MessageSource messages, Clock clock, String requiredPrefix) {
        this.messages = messages;
        this.clock = clock;
        this.requiredPrefix = requiredPrefix;
    }

    /** The same reader, with the messages for missing required fields under {@code prefix + field}. */
    public InputReader withRequiredMessages(String prefix) {
        return new InputReader(messages, clock, prefix);
    }

    /** Today in the Netherlands. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DUTCH_TIME));
    }

    /** Optional text: blank is {@code null}. */
    public String optionalText(String field, String raw, int max, InvalidInputException.Collector errors) {
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

    public String requiredText(String field, String raw, int max, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, max, errors);
        if (value == null) {
            missing(field, errors);
        }
        return value;
    }

    public String optionalEmail(String field, String raw, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, 254, errors);
        if (value != null && !isEmailAddress(value)) {
            errors.add(field, text("input.email.invalid"));
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public String optionalPhone(String field, String raw, InvalidInputException.Collector errors) {
        String value = optionalText(field, raw, 20, errors);
        if (value != null && !PHONE.matcher(value).matches()) {
            errors.add(field, text("input.phone.invalid"));
        }
        return value;
    }

    /** A date {@code yyyy-MM-dd}; blank is {@code null}. */
    public LocalDate optionalDate(String field, String raw, InvalidInputException.Collector errors) {
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

    public LocalDate requiredDate(String field, String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            missing(field, errors);
            return null;
        }
        return optionalDate(field, raw, errors);
    }

    /**
     * A date that may not lie in the future nor before {@code earliest}; blank is {@code null}.
     * Things that already happened (a contact, consent given, a referral sent) are dated this way.
     */
    public LocalDate optionalPastDate(String field, String raw, LocalDate earliest,
            InvalidInputException.Collector errors) {
        LocalDate date = optionalDate(field, raw, errors);
        if (date != null && (date.isAfter(today()) || date.isBefore(earliest))) {
            errors.add(field, text("input.date.not-past", earliest));
        }
        return date;
    }

    /** A whole number between {@code min} and {@code max}; {@code null} is {@code null}. */
    public Integer optionalNumber(String field, Integer raw, int min, int max, InvalidInputException.Collector errors) {
        if (raw != null && (raw < min || raw > max)) {
            errors.add(field, text("input.number.out-of-range", min, max));
        }
        return raw;
    }

    public Integer requiredNumber(String field, Integer raw, int min, int max, InvalidInputException.Collector errors) {
        if (raw == null) {
            missing(field, errors);
        }
        return optionalNumber(field, raw, min, max, errors);
    }

    /** A yes/no that must be answered. */
    public Boolean requiredChoice(String field, Boolean raw, InvalidInputException.Collector errors) {
        if (raw == null) {
            missing(field, errors);
        }
        return raw;
    }

    /** One value of a fixed list, by its code ({@code home-visit}). */
    public <E extends Enum<E>> E requiredCode(String field, Class<E> type, String raw,
            InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            missing(field, errors);
            return null;
        }
        return code(field, type, raw, errors).orElse(null);
    }

    public <E extends Enum<E>> Optional<E> code(String field, Class<E> type, String raw,
            InvalidInputException.Collector errors) {
        Optional<E> value = CodedValue.parse(type, raw);
        if (value.isEmpty()) {
            errors.add(field, text("input.unknown-choice", abbreviated(String.valueOf(raw))));
        }
        return value;
    }

    /** Several values of a fixed list; {@code null} is an empty set. */
    public <E extends Enum<E>> Set<E> codes(String field, Class<E> type, Collection<String> raw,
            InvalidInputException.Collector errors) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            for (String code : raw) {
                code(field, type, code, errors).ifPresent(values::add);
            }
        }
        return values;
    }

    /** Adds the message for a missing required field. */
    public void missing(String field, InvalidInputException.Collector errors) {
        errors.add(field, text(requiredPrefix + field));
    }

    /** A text of the message bundles in the language of the request. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Echoing a value back in a message: short, and without characters that cannot be shown. */
    public static String abbreviated(String raw) {
        String shown = raw.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .limit(40).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() < raw.length() ? shown + "…" : shown;
    }
}
