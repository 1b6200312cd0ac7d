package nl.naober.platform.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;

/** Consent in a response body. */
public record ConsentView(String what, String recipient, LocalDate givenOn, String form, UUID recordedBy,
        Instant recordedAt) {

    public static ConsentView of(ConsentRecord consent) {
        return new ConsentView(consent.what(), consent.recipient(), consent.givenOn(), CodedValue.code(consent.form()),
                consent.recordedBy(), consent.recordedAt());
    }
}
