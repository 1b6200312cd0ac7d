package nl.naober.platform.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, UUID> {

    List<Resident> findAllByVillageIdInAndAnonymisedAtIsNullOrderByLastContactOnDescCreatedAtDesc(
            Collection<UUID> villageIds);

    boolean existsByPseudonym(String pseudonym);

    @Query("select r.id from Resident r where r.id in :ids and r.anonymisedAt is not null")
    List<UUID> findAnonymisedIds(Collection<UUID> ids);

    /** Residents not anonymised whose last contact (or, without contacts, registration) is before the cut-off. */
    @Query("""
            select r.id from Resident r where r.anonymisedAt is null
            and (r.lastContactOn < :cutoff or (r.lastContactOn is null and r.createdAt < :cutoffInstant))""")
    List<UUID> findIdsWithoutContactSince(LocalDate cutoff, Instant cutoffInstant);

    /**
     * Removes the resident's personal data, if she is still expired when the row is locked: a
     * contact registered meanwhile keeps her (PostgreSQL re-checks the condition on the newest row).
     *
     * @return 1 when anonymised, 0 when not (anymore)
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Resident r set r.name = null, r.phone = null, r.email = null, r.address = null,
            r.initials = :initials, r.pseudonym = :pseudonym, r.anonymisedAt = :now, r.updatedAt = :now,
            r.version = r.version + 1
            where r.id = :id and r.anonymisedAt is null
            and (r.lastContactOn < :cutoff or (r.lastContactOn is null and r.createdAt < :cutoffInstant))""")
    int anonymiseIfExpired(UUID id, String pseudonym, String initials, LocalDate cutoff, Instant cutoffInstant,
            Instant now);
}
