package nl.naober.platform.delivery.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.delivery.StatutoryDeadlines;

final class InboxResponses {

    private InboxResponses() {
    }

    record InboxListItem(UUID intakeId, String reference, LocalDate meldingDate, String villageName, String urgency,
            List<String> lifeDomains, Instant receivedAt, Instant acceptedAt, String caseStatus, StatutoryDeadlines deadlines) {
    }

    record Progress(String caseIdentification, String caseStatus, Instant caseStatusAt,
            LocalDate investigationCompletedOn, LocalDate applicationReceivedOn, LocalDate decidedOn) {
    }

    /** The intake as the consultant reads it; the BSN masked (the full BSN is in the PDF download only). */
    record InboxIntakeView(UUID intakeId, String reference, LocalDate meldingDate, UUID villageId, String villageName,
            String urgency, List<String> lifeDomains, boolean personalPlanIntended, String bsnMasked,
            String residentName, String residentDateOfBirth, String residentAddress, String request,
            String conversationReport, String supporterName, String mandateReference, String consent,
            String documentFileName, Instant receivedAt, Instant acceptedAt, Progress progress, StatutoryDeadlines deadlines) {
    }
}
