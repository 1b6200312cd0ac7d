package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Figures of village activities for other modules (the accountability reports): counts and sums per
 * village and kind of activity in a period, no personal data and no free text. The caller decides
 * who may see which villages.
 */
public interface ActivityStatistics {

    /** Per village and kind, only pairs with at least one activity held from {@code from} to {@code to} (inclusive). */
    List<ActivityFigures> perVillageAndKind(Collection<UUID> villages, LocalDate from, LocalDate to);

    /**
     * The activities of one kind in one village.
     *
     * @param kind             the API code of the kind, e.g. {@code coffee-morning}
     * @param volunteers       the sum of each activity's number of volunteers (a person helping twice counts twice)
     * @param volunteerHours   whole hours of all volunteers
     * @param supporterMinutes the supporter's own minutes
     */
    record ActivityFigures(UUID village, String kind, long activities, long participants, long volunteers,
            long volunteerHours, long supporterMinutes) {
    }
}
