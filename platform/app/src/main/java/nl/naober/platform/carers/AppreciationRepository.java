package nl.naober.platform.carers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppreciationRepository extends JpaRepository<Appreciation, UUID> {

    List<Appreciation> findAllByCarerIdOrderByYearDesc(UUID carerId);

    List<Appreciation> findAllByYearOrderByRegisteredOnAscCreatedAtAsc(int year);

    boolean existsByCarerIdAndYear(UUID carerId, int year);

    /** The appreciations of the resident's own carer records that still hold name and address. */
    @Query("""
            select a.id from Appreciation a, Carer c
            where a.carerId = c.id and c.residentId = :residentId and a.anonymisedAt is null""")
    List<UUID> findIdsNotAnonymisedOfResident(UUID residentId);

    /** Appreciations of years before this one that still hold name and address: id and the carer's resident id. */
    @Query("""
            select a.id, c.residentId from Appreciation a, Carer c
            where a.carerId = c.id and a.anonymisedAt is null and a.year < :year""")
    List<Object[]> findNotAnonymisedOfYearsBefore(int year);

    /**
     * Removes name, postal address and the consent texts. Year, village, registration date, how she
     * came on the list, status, and when and how consent was given stay: what the municipality
     * counts and accounts for.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Appreciation a set a.name = null, a.postalAddress = null, a.consent.what = null,
            a.consent.recipient = null, a.anonymisedAt = :now, a.version = a.version + 1
            where a.id in :ids and a.anonymisedAt is null""")
    int anonymise(Collection<UUID> ids, Instant now);
}
