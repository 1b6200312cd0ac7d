package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * For other modules that link their records to contacts (a referral that came from a contact, a
 * collective signal built on contacts): contacts as references without their content, only within
 * the signed-in supporter's villages.
 */
public interface ContactLookup {

    /**
     * The contacts with these ids that lie in the supporter's villages; ids of other contacts are
     * left out (the caller learns nothing about them).
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller is no
     *         active supporter
     */
    List<ContactReference> findAccessible(Collection<UUID> contactIds);

    /** A contact as other modules refer to it: where, when and about whom (an id), no content. */
    record ContactReference(UUID id, UUID villageId, UUID residentId, LocalDate date) {
    }
}
