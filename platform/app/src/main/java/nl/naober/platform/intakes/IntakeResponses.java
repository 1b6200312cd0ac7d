package nl.naober.platform.intakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.consent.ConsentView;
import nl.naober.platform.delivery.DeliveryState;
import nl.naober.platform.delivery.StatutoryDeadlines;
import nl.naober.platform.input.CodedValue;

/** Response bodies of the intakes module. The BSN only ever leaves masked. */
final class IntakeResponses {

    private IntakeResponses() {
    }

    /** The resident as lists show her: a pseudonym, no personal data. */
    record ResidentRef(UUID id, String pseudonym, String initials) {
    }

    /** Where the intake is with the municipality; {@code null} fields while it is a draft or not delivered. */
    record Delivery(String channel, String status, Instant deliveredAt, String caseIdentification, String caseStatus,
            Instant caseStatusAt) {

        static Delivery of(DeliveryState state) {
            if (state == null) {
                return null;
            }
            return new Delivery(CodedValue.code(state.channel()), CodedValue.code(state.status()), state.deliveredAt(),
                    state.progress().caseIdentification(), state.progress().caseStatus(),
                    state.progress().caseStatusAt());
        }
    }

    /** The mandate the intake is taken under (as it read on submission once submitted). */
    record MandateRef(UUID id, String decisionReference, LocalDate validFrom, LocalDate validUntil) {
    }

    record IntakeView(UUID id, String reference, String status, UUID villageId, ResidentRef resident, UUID contactId,
            String bsnMasked, String givenNames, String surnamePrefix, String surname, LocalDate dateOfBirth,
            String street, String houseNumber, String postalCode, String city, String request, List<String> lifeDomains,
            String urgency, Boolean personalPlanIntended, String conversationReport, LocalDate meldingDate,
            ConsentView consent, MandateRef mandate, String supporterName, StatutoryDeadlines deadlines,
            Delivery delivery, Instant createdAt, Instant updatedAt) {
    }

    /** An intake in the supporter's list: pseudonym, dates and where it is; no personal data. */
    record IntakeListItem(UUID id, String reference, String status, UUID villageId, ResidentRef resident,
            LocalDate meldingDate, List<String> lifeDomains, String urgency, StatutoryDeadlines deadlines,
            Delivery delivery, Instant updatedAt) {
    }

    /** A submitted intake near or past a statutory deadline, for the municipal admin: no resident at all. */
    record DeadlineItem(UUID id, String reference, UUID villageId, String villageName, LocalDate meldingDate,
            String urgency, StatutoryDeadlines deadlines, Delivery delivery) {
    }
}
