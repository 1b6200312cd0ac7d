package nl.naober.platform.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;

/** Amounts in euros: not negative, at most a million, at most two decimals; stored with two. */
final class Amounts {

    static final BigDecimal MAX = new BigDecimal("1000000.00");
    /** What a form hands over for a text that is no amount: refused with the same message as any wrong amount. */
    static final BigDecimal NOT_AN_AMOUNT = new BigDecimal("-1");

    private Amounts() {
    }

    static BigDecimal optional(InputReader input, String field, BigDecimal raw, InvalidInputException.Collector errors) {
        if (raw == null) {
            return null;
        }
        if (raw.signum() < 0 || raw.compareTo(MAX) > 0 || raw.stripTrailingZeros().scale() > 2) {
            errors.add(field, input.text("community.amount.invalid"));
            return null;
        }
        return raw.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * A typed amount as the Dutch write it ({@code 1.250,50}, {@code € 250}) or with a decimal point
     * ({@code 250.5}); blank is {@code null}, anything else {@link #NOT_AN_AMOUNT}.
     */
    static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace("€", "").replace(" ", "").strip();
        if (text.contains(",")) {
            text = text.replace(".", "").replace(',', '.');
        } else if (text.matches("\\d{1,3}(\\.\\d{3})+")) {
            text = text.replace(".", "");
        }
        if (!text.matches("\\d{1,9}(\\.\\d{1,9})?")) {
            return NOT_AN_AMOUNT;
        }
        return new BigDecimal(text);
    }
}
