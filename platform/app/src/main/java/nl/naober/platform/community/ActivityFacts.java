package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.UUID;

/** The validated content of a new activity. */
record ActivityFacts(ActivityKind kind, String title, LocalDate heldOn, int participants, int volunteers,
        int volunteerHours, int supporterMinutes, UUID initiative, UUID association, String note) {
}
