package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;

/** Looks up colleagues of the current municipality for other modules. */
public interface ColleagueDirectory {

    /** The active colleague whose login has this id (the {@code sub} of her token). */
    Optional<Colleague> byIdentity(String identityId);

    /** The active supporters of the municipality, by last and first name. */
    List<Colleague> activeSupporters();
}
