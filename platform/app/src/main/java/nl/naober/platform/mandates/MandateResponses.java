package nl.naober.platform.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;

/** Response bodies of the mandates module. */
final class MandateResponses {

    private MandateResponses() {
    }

    record MandateView(UUID id, UUID supporterId, List<String> scopes, List<UUID> villages, LocalDate validFrom,
            LocalDate validUntil, String decisionReference, String grantedBy, Instant grantedAt, String status,
            Instant revokedAt, String revokedBy, String revocationReason) {

        static MandateView of(Mandate mandate, LocalDate today) {
            String status = mandate.revokedAt() != null ? "revoked"
                    : today.isBefore(mandate.validFrom()) ? "future"
                    : today.isAfter(mandate.validUntil()) ? "expired" : "valid";
            return new MandateView(mandate.id(), mandate.supporterId(),
                    mandate.scopes().stream().map(CodedValue::code).toList(),
                    mandate.villageIds().stream().sorted().toList(), mandate.validFrom(), mandate.validUntil(),
                    mandate.decisionReference(), mandate.grantedBy(), mandate.grantedAt(), status,
                    mandate.revokedAt(), mandate.revokedBy(), mandate.revocationReason());
        }
    }
}
