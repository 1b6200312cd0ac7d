package nl.naober.platform.community;

import java.util.UUID;

/** Request bodies for activities. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    /**
     * An activity that took place in one of her villages ({@code village} may be left out with one
     * village): kind, title, the day, participants, volunteers and their hours (whole hours), her own
     * minutes (as for contacts), optionally the initiative or association it belongs to, a short note.
     * {@code volunteers}, {@code volunteerHours} and {@code supporterMinutes} default to 0.
     */
    record NewActivity(UUID village, String kind, String title, String heldOn, Integer participants,
            Integer volunteers, Integer volunteerHours, Integer supporterMinutes, UUID initiative, UUID association,
            String note) {
    }
}
