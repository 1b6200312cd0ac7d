package nl.naober.platform.funding;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;

/**
 * Reads amounts and hours as people type them: {@code 45000}, {@code 45000.50}, {@code 45.000,50},
 * {@code 45.000}, {@code € 1.234,5}. With a comma the Dutch way (dots group thousands); without a
 * comma a dot is the decimal point, unless it groups thousands ({@code 45.000}, {@code 1.250.000}).
 */
final class Amounts {

    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(\\.\\d{3})+$");
    private static final Pattern PLAIN = Pattern.compile("^\\d{1,12}(\\.\\d{1,12})?$");

    private Amounts() {
    }

    /** The number, or {@code null} with a message at {@code field} (missing, not a number, too precise, out of range). */
    static BigDecimal read(String field, String raw, int decimals, BigDecimal max, String invalidKey,
            InputReader input, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            input.missing(field, errors);
            return null;
        }
        String text = raw.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (text.contains(",")) {
            text = text.replace(".", "").replace(',', '.');
        } else if (GROUPED.matcher(text).matches()) {
            text = text.replace(".", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            errors.add(field, input.text(invalidKey));
            return null;
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        if (value.scale() > decimals) {
            errors.add(field, input.text(decimals == 1 ? "funding.decimals.one" : "funding.decimals.two"));
            return null;
        }
        if (value.compareTo(max) > 0) {
            errors.add(field, input.text("funding.too-large", max.toPlainString()));
            return null;
        }
        return value.setScale(decimals, java.math.RoundingMode.UNNECESSARY);
    }
}
