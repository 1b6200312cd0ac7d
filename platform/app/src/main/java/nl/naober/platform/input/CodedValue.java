package nl.naober.platform.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The API spells enum constants in kebab case: {@code HOME_VISIT} is {@code home-visit}. */
public final class CodedValue {

    private CodedValue() {
    }

    /** The API code of a constant: {@code HOME_VISIT} → {@code home-visit}. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this API code, if there is one. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(type.getEnumConstants()).filter(v -> code(v).equals(wanted)).findFirst();
    }
}
