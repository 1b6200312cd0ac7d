package nl.naober.platform.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import org.springframework.stereotype.Component;

/** Reads the consent of a request: complete, or Dutch messages at each missing or invalid part. */
@Component
public class Consents {

    static final int MAX_WHAT = 1000;
    static final int MAX_RECIPIENT = 200;
    /** Consent older than this is not accepted as the basis for sharing today. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final InputReader input;

    Consents(InputReader input) {
        this.input = input.withRequiredMessages("consent.required.");
    }

    /**
     * The consent in {@code request}, recorded by {@code recordedBy} now. Problems are added to
     * {@code errors} at {@code field.what}, {@code field.recipient}, {@code field.givenOn} and
     * {@code field.form} (all four when the consent is left out); then the result must not be used.
     */
    public ConsentRecord read(String field, ConsentRequest request, UUID recordedBy, Instant now,
            InvalidInputException.Collector errors) {
        ConsentRequest given = request == null ? new ConsentRequest(null, null, null, null) : request;
        InvalidInputException.Collector own = new InvalidInputException.Collector();
        String what = input.requiredText("what", given.what(), MAX_WHAT, own);
        String recipient = input.requiredText("recipient", given.recipient(), MAX_RECIPIENT, own);
        LocalDate givenOn = input.optionalPastDate("givenOn", given.givenOn(), EARLIEST, own);
        if (given.givenOn() == null || given.givenOn().isBlank()) {
            input.missing("givenOn", own);
        }
        ConsentForm form = input.requiredCode("form", ConsentForm.class, given.form(), own);
        own.violations().forEach(v -> errors.add(field + "." + v.field(), v.message()));
        return new ConsentRecord(what, recipient, givenOn, form, recordedBy, now);
    }
}
