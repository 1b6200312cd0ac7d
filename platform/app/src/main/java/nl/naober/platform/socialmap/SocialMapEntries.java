package nl.naober.platform.socialmap;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The social map for other modules: an entry by id, and the entries serving a village for a choice list. */
public interface SocialMapEntries {

    /** The entry with this id in the current municipality. */
    Optional<SocialMapEntryReference> find(UUID id);

    /**
     * The entries (public and internal) serving the village or the whole municipality, matching the
     * search words if any (Dutch full-text search), best match first, else in name order.
     */
    List<SocialMapEntryReference> servingVillage(UUID village, String words);
}
