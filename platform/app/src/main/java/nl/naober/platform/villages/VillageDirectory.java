package nl.naober.platform.villages;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Read access to the current municipality's villages for other modules. */
public interface VillageDirectory {

    /** The villages with these ids that exist, in name order. */
    List<VillageSummary> findAll(Collection<UUID> ids);

    /** Every village of the municipality, active and archived, in name order. */
    List<VillageSummary> all();

    /** The village (active or archived) with this public address name. */
    java.util.Optional<VillageSummary> findBySlug(String slug);
}
