package nl.naober.platform.contacts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * For other modules that keep data about a resident (referrals, carers, exports): the resident
 * if the signed-in supporter may reach her, that is, she lives in one of the supporter's villages.
 */
public interface ResidentAccess {

    /**
     * The resident as a reference without personal data.
     *
     * @throws nl.naober.kernel.ResourceNotFoundException when there is no such resident in the
     *         supporter's villages (also when she exists elsewhere: the caller learns nothing)
     * @throws org.springframework.security.access.AccessDeniedException when the caller is no
     *         active supporter
     */
    ResidentReference requireAccessible(UUID residentId);

    /**
     * The residents with these ids that the signed-in supporter may reach; others (elsewhere,
     * anonymised, unknown) are left out. For lists of records that refer to residents.
     */
    List<ResidentReference> findAccessible(Collection<UUID> residentIds);

    /**
     * The residents of one of the supporter's villages, most recently contacted first, at most
     * {@code limit}: for a page that lets her pick a resident. Empty for a village that is not hers.
     */
    List<ResidentReference> recentInVillage(UUID villageId, int limit);
}
