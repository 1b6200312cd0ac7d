package nl.naober.platform.villages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;

/** A village with its function profile (codes in catalogue order; labels at /api/v1/function-catalogue). */
record VillageResponse(UUID id, String name, String slug, String status, List<String> functions, Instant createdAt,
        Instant updatedAt) {

    static VillageResponse of(Village village) {
        return new VillageResponse(village.id(), village.name(), village.slug(), village.status().name().toLowerCase(Locale.ROOT),
                village.functions().stream().sorted().map(ProfileFunction::name).toList(), village.createdAt(),
                village.updatedAt());
    }
}
