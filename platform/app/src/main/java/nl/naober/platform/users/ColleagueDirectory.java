package nl.naober.platform.users;

import java.util.Optional;

/** Looks up colleagues of the current municipality for other modules. */
public interface ColleagueDirectory {

    /** The active colleague whose login has this id (the {@code sub} of her token). */
    Optional<Colleague> byIdentity(String identityId);
}
