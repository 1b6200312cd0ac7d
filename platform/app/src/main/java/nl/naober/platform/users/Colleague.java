package nl.naober.platform.users;

import java.util.List;
import java.util.UUID;
import nl.naober.kernel.Role;
import nl.naober.platform.villages.VillageSummary;

/** A signed-in colleague as other modules see her: ids, name, role and the villages she serves. */
public record Colleague(UUID memberId, String identityId, String firstName, String lastName, Role role, List<VillageSummary> villages) {
}
