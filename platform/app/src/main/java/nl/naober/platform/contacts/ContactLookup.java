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

    /**
     * The most recent contacts of one of the supporter's villages in a period, newest first, at most
     * {@code limit}: for a page that lets her pick contacts (a signal built on them). Empty for a
     * village that is not hers.
     */
    List<ContactSummary> recentInVillage(UUID villageId, LocalDate from, LocalDate to, int limit);

    /** The contacts of a resident of the supporter's villages, newest first; empty for anyone else. */
    List<ContactSummary> ofResident(UUID residentId);

    /** A contact as other modules refer to it: where, when and about whom (an id), no content. */
    record ContactReference(UUID id, UUID villageId, UUID residentId, LocalDate date) {
    }

    /**
     * A contact as a choice in another module's form: when, its theme codes (in the municipality's
     * order) and the resident's pseudonym ({@code null} for an anonymous contact); no content.
     */
    record ContactSummary(UUID id, UUID villageId, LocalDate date, List<String> themes, String residentPseudonym) {

        public ContactSummary {
            themes = List.copyOf(themes);
        }
    }
}
