package nl.naober.platform.socialmap;

import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.Role;

/**
 * Who changes the social map in this request and which entries she may change: the municipal
 * administrator all of them; a supporter those serving one of her villages or the whole
 * municipality, choosing among her own villages.
 *
 * @param memberId  her colleague record, or {@code null} (an administrator without one)
 * @param role      the role she acts in
 * @param villages  her active villages; ignored for the administrator
 */
record Maintainer(UUID memberId, Role role, Set<UUID> villages) {

    Maintainer {
        villages = Set.copyOf(villages);
    }

    boolean all() {
        return role == Role.MUNICIPAL_ADMIN;
    }

    boolean mayChoose(UUID village) {
        return all() || villages.contains(village);
    }

    boolean mayChange(SocialMapEntry entry) {
        return all() || entry.servesAny(villages);
    }
}
