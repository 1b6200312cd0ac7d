package nl.naober.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns fuzzer bytes into structured but hostile JSON: the endpoint's own keys and random ones,
 * values of the wrong type, huge and odd Unicode strings (NUL, lone surrogates, right-to-left
 * marks, combining characters), numbers out of range, nulls, duplicate keys and deep nesting.
 * Deterministic: the same bytes give the same body, so a committed input replays exactly.
 */
final class HostileJson {

    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff",
            "\ud83c\udfd8", "Dénekamp", "İstanbul", "straße", "ſ", "\u202eloof", "\ufeff", "e\u0301", "\u2028",
            "\t\n\r", "\\", "\"", "'; drop table village; --", "${jndi:ldap://x}", "<script>x</script>", "%00",
            "null", "true", "0", "-1", "NaN", "active", "ARCHIVED", " all ", "archived\u0000", "F1", "f18", "F19",
            "C3", "F０", "Ｆ1", "F1 ", "GM1774", "gm0000", "002564440", "123456782", "dinkelland", "de-wolden",
            "a-", "aa", "x".repeat(40), "x".repeat(41), "y".repeat(80), "y".repeat(81), "z".repeat(100),
            "z".repeat(101), "\u0130".repeat(81), "\ud83c\udfd8".repeat(41));

    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "0.5", "1e999", "-1e999",
            "123456789012345678901234567890", "9223372036854775808", "2147483648", "1E-400", "3.0");

    private final byte[] data;
    private int position;

    private HostileJson(byte[] data, int start) {
        this.data = data;
        this.position = start;
    }

    /** A JSON-ish body built from {@code data[start..]}, using {@code keys} as the endpoint's own field names. */
    static byte[] body(byte[] data, int start, List<String> keys, ValueHint hint) {
        HostileJson json = new HostileJson(data, start);
        StringBuilder out = new StringBuilder();
        switch (json.next(10)) {
            case 0 -> json.value(out, 0, keys, hint, null);
            case 1 -> {
                int depth = 50 + json.next(256) * 40;
                out.append("[".repeat(depth)).append("]".repeat(json.next(2) == 0 ? depth : depth / 2));
            }
            case 2 -> {
                int depth = 50 + json.next(256) * 20;
                out.append("{\"name\":".repeat(depth)).append("1").append("}".repeat(depth));
            }
            default -> json.object(out, 0, keys, hint);
        }
        if (json.next(8) == 0) {
            out.append(json.next(2) == 0 ? "}" : " trailing");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Valid values for the endpoint's keys, so the fuzzer reaches the success paths too. */
    interface ValueHint {
        String validJson(String key, int variant);
    }

    private void object(StringBuilder out, int depth, List<String> keys, ValueHint hint) {
        out.append('{');
        int fields = next(7);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                out.append(',');
            }
            String key = next(4) == 0 ? string(depth) : keys.get(next(keys.size()));
            quote(out, key);
            out.append(':');
            value(out, depth + 1, keys, hint, key);
        }
        out.append('}');
    }

    private void value(StringBuilder out, int depth, List<String> keys, ValueHint hint, String key) {
        int choice = depth > 4 ? next(7) : next(12);
        switch (choice) {
            case 0 -> quote(out, string(depth));
            case 1 -> quote(out, ODD_STRINGS.get(next(ODD_STRINGS.size())));
            case 2 -> out.append(NUMBERS.get(next(NUMBERS.size())));
            case 3 -> out.append(next(2) == 0 ? "true" : "false");
            case 4 -> out.append("null");
            case 5, 6 -> out.append(key != null && hint != null ? hint.validJson(key, next(256)) : "null");
            case 7 -> quote(out, ODD_STRINGS.get(next(ODD_STRINGS.size())).repeat(1 + next(256) * next(16)));
            case 8 -> {
                out.append('[');
                int items = next(6);
                for (int i = 0; i < items; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(out, depth + 1, keys, hint, key);
                }
                out.append(']');
            }
            case 9 -> object(out, depth + 1, keys, hint);
            case 10 -> quote(out, string(depth) + ODD_STRINGS.get(next(ODD_STRINGS.size())) + string(depth));
            default -> out.append(next(2) == 0 ? "NaN" : "'single'");
        }
    }

    /** Up to 32 characters, each from two bytes, so any UTF-16 unit (lone surrogates too) can appear. */
    private String string(int depth) {
        int length = next(33);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length && position < data.length; i++) {
            int high = next(256);
            s.append(high < 128 ? (char) high : (char) (((high & 0x7f) << 9) | next(256) << 1 | (high & 1)));
        }
        return s.toString();
    }

    /** Writes a JSON string; lone surrogates and control characters as escapes, the rest as UTF-8. */
    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private int next(int bound) {
        int b = position < data.length ? data[position++] & 0xff : 0;
        return bound <= 1 ? 0 : b % bound;
    }
}
