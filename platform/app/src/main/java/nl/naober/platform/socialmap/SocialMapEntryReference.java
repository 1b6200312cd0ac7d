package nl.naober.platform.socialmap;

import java.util.Set;
import java.util.UUID;

/**
 * An entry of the social map as other modules see it (a referral's target): its name, what kind
 * of provider it is ({@code organisation}, {@code service}, {@code association}, {@code initiative},
 * {@code facility}, {@code professional-partner}) and the villages it serves.
 */
public record SocialMapEntryReference(UUID id, String name, String kind, boolean wholeMunicipality,
        Set<UUID> villages) {

    public SocialMapEntryReference {
        villages = Set.copyOf(villages);
    }

    /** Whether it serves this village (or the whole municipality). */
    public boolean serves(UUID village) {
        return wholeMunicipality || villages.contains(village);
    }
}
