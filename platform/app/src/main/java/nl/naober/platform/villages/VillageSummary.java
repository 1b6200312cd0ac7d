package nl.naober.platform.villages;

import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;

/**
 * A village as other modules see it, with the functions (F1–F18) of its profile.
 *
 * @param slug its name in public addresses ({@code /publiek/{municipality}/{slug}}), kept when renamed
 */
public record VillageSummary(UUID id, String slug, String name, boolean active, Set<ProfileFunction> functions) {

    public VillageSummary {
        functions = Set.copyOf(functions);
    }

    /** Whether work for this function of the job profile counts in this village. */
    public boolean offers(ProfileFunction function) {
        return functions.contains(function);
    }
}
