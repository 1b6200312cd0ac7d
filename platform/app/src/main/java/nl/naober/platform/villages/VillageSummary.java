package nl.naober.platform.villages;

import java.util.UUID;

/** A village as other modules see it. */
public record VillageSummary(UUID id, String name, boolean active) {
}
