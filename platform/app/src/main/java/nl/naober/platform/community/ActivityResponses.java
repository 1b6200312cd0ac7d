package nl.naober.platform.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies for activities: counts, no personal data; the note only for the supporter. */
final class ActivityResponses {

    private ActivityResponses() {
    }

    /** A linked initiative or association: its id and name. */
    record Link(UUID id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActivityView(UUID id, UUID village, String villageName, String kind, String title, LocalDate heldOn,
            int participants, int volunteers, int volunteerHours, int supporterMinutes, Link initiative,
            Link association, String note) {
    }

    /** The activities of a period with their totals. */
    record ActivityList(LocalDate from, LocalDate to, int activities, int participants, int volunteerHours,
            int supporterMinutes, List<ActivityView> items) {
    }
}
