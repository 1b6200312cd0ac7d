package nl.naober.zgwfake;

import java.util.Optional;

/**
 * The "11-proef" for RSIN and BSN, with Open Zaak's codes and reasons (vng-api-common {@code validate_rsin}):
 * {@code only-digits}, {@code invalid-length}, {@code invalid}.
 */
final class ElevenProof {

    private ElevenProof() {
    }

    static Optional<InvalidParam> rsin(String name, String value) {
        return check(name, value, "RSIN");
    }

    static Optional<InvalidParam> bsn(String name, String value) {
        return check(name, value, "BSN");
    }

    private static Optional<InvalidParam> check(String name, String value, String kind) {
        if (value == null || !value.matches("[0-9]+")) {
            return Optional.of(new InvalidParam(name, "only-digits", "Waarde moet numeriek zijn."));
        }
        if (value.length() != 9) {
            return Optional.of(new InvalidParam(name, "invalid-length", kind + " moet 9 tekens lang zijn."));
        }
        int total = 0;
        for (int i = 0; i < 9; i++) {
            int digit = value.charAt(i) - '0';
            int weight = 9 - i;
            total += weight == 1 ? -digit : weight * digit;
        }
        return total % 11 == 0 ? Optional.empty()
                : Optional.of(new InvalidParam(name, "invalid", "Onjuist " + kind + " nummer."));
    }
}
