package nl.naober.platform.delivery.inbox;

final class InboxRequests {

    private InboxRequests() {
    }

    /** What the municipality did with the intake; a field left out keeps its value. Dates {@code yyyy-MM-dd}. */
    record ProgressUpdate(String caseStatus, String caseIdentification, String investigationCompletedOn,
            String applicationReceivedOn, String decidedOn) {
    }
}
