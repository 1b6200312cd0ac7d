package nl.naober.platform.mandates;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A valid mandate as other modules record it: which one, on which decision, until when, for what. */
public record MandateReference(UUID id, String decisionReference, LocalDate validFrom, LocalDate validUntil,
        Set<MandateScope> scopes) {
}
