package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks up colleagues of the current municipality for other modules. */
public interface ColleagueDirectory {

    /** The active colleague whose login has this id (the {@code sub} of her token). */
    Optional<Colleague> byIdentity(String identityId);

    /** The active supporters of the municipality, by last and first name. */
    List<Colleague> activeSupporters();

    /**
     * The member ids of the active supporters who serve this village now, e.g. for the village's
     * public page; no names or contact details (a supporter publishes those herself).
     */
    List<UUID> activeSupporterIdsOf(UUID villageId);
}
