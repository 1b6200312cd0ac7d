package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Numbers of contacts for other modules (signal suggestions, reports): counts only, no contact data. */
public interface ContactStatistics {

    /**
     * How many contacts each theme had per village in a period; a contact with two themes counts for
     * both. Only pairs with at least one contact are listed.
     */
    List<ThemeCount> countByTheme(Collection<UUID> villages, LocalDate from, LocalDate to);

    /**
     * The minutes of contacts per village in a period: the supporter's registered time (funding
     * derives the hours spent from it). Villages without contacts are left out.
     */
    java.util.Map<UUID, Long> minutesByVillage(Collection<UUID> villages, LocalDate from, LocalDate to);

    /** The number of contacts with a theme in a village. */
    record ThemeCount(UUID village, String theme, long contacts) {
    }
}
