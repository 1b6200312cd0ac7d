package nl.naober.platform.socialmap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.naober.platform.input.CodedValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Dutch labels of the fixed lists, independent of the request's language: the full-text search
 * indexes them and CSV files carry them, and both are Dutch whatever the user reads the pages in.
 */
@Component
class Labels {

    static final Locale DUTCH = Locale.of("nl");

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String dutch(String prefix, Enum<?> value) {
        return messages.getMessage(prefix + CodedValue.code(value), null, DUTCH);
    }

    String dutch(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    /** The constant whose code or Dutch label is {@code raw} (case and outer spaces ignored). */
    <E extends Enum<E>> Optional<E> parse(Class<E> type, String prefix, String raw) {
        String wanted = raw.strip();
        return CodedValue.parse(type, wanted.toLowerCase(DUTCH)).or(() -> Arrays.stream(type.getEnumConstants())
                .filter(v -> dutch(prefix, v).equalsIgnoreCase(wanted)).findFirst());
    }
}
