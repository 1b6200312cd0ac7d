package nl.naober.platform.delivery.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class InboxResponses {

    private InboxResponses() {
    }

    /** The statutory deadlines of one intake (Wmo 2015 art. 2.3.2 and 2.3.5); {@code null} when not (yet) running. */
    record Deadlines(LocalDate personalPlan, LocalDate investigation, LocalDate decision, LocalDate next,
            boolean overdue) {
    }

    record InboxListItem(UUID intakeId, String reference, LocalDate meldingDate, String villageName, String urgency,
            List<String> lifeDomains, Instant receivedAt, Instant acceptedAt, String caseStatus, Deadlines deadlines) {
    }

    record Progress(String caseIdentification, String caseStatus, Instant caseStatusAt,
            LocalDate investigationCompletedOn, LocalDate applicationReceivedOn, LocalDate decidedOn) {
    }

    /** The intake as the consultant reads it; the BSN masked (the full BSN is in the PDF download only). */
    record InboxIntakeView(UUID intakeId, String reference, LocalDate meldingDate, UUID villageId, String villageName,
            String urgency, List<String> lifeDomains, boolean personalPlanIntended, String bsnMasked,
            String residentName, String residentDateOfBirth, String residentAddress, String request,
            String conversationReport, String supporterName, String mandateReference, String consent,
            String documentFileName, Instant receivedAt, Instant acceptedAt, Progress progress, Deadlines deadlines) {
    }
}
