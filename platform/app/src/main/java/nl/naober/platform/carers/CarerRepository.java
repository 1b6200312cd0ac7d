package nl.naober.platform.carers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CarerRepository extends JpaRepository<Carer, UUID> {

    List<Carer> findAllByVillageIdInOrderByStartedOnDescCreatedAtDesc(Collection<UUID> villages);

    /** The resident's own carer records (she is the carer), oldest first. */
    List<Carer> findAllByResidentIdOrderByCreatedAt(UUID residentId);

    /** The carer records of those who care for the resident, oldest first. */
    List<Carer> findAllByCaresForResidentIdOrderByCreatedAt(UUID residentId);

    @Query("select c.id from Carer c where c.residentId = :residentId and c.anonymisedAt is null")
    List<UUID> findIdsNotAnonymisedOfResident(UUID residentId);

    @Query("select c.id from Carer c where c.caresForResidentId = :residentId")
    List<UUID> findIdsCaringFor(UUID residentId);

    /**
     * The residents this module still keeps something of: carers not anonymised, whom carers care
     * for, and carers with an appreciation that still holds name and address.
     */
    @Query("""
            select c.residentId from Carer c where c.residentId is not null and (c.anonymisedAt is null
            or exists (select a.id from Appreciation a where a.carerId = c.id and a.anonymisedAt is null))
            union select c.caresForResidentId from Carer c where c.caresForResidentId is not null""")
    List<UUID> findResidentIdsKept();

    /**
     * Removes the carer's name and contact and whom she cares for: with the relation kept, a link
     * to the cared-for resident would tell who she is. Relation, burden, hours, support, referral
     * and dates stay for the figures; the version goes up, so a change read before fails.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Carer c set c.name = null, c.contact = null, c.caresForResidentId = null, c.anonymisedAt = :now,
            c.updatedAt = :now, c.version = c.version + 1
            where c.id in :ids and c.anonymisedAt is null""")
    int anonymise(Collection<UUID> ids, Instant now);

    /**
     * Removes the link to an anonymised cared-for resident: with the relation kept (e.g. a named
     * carer caring for her parent) it would tell who she was. The carer's own data stays.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Carer c set c.caresForResidentId = null, c.updatedAt = :now, c.version = c.version + 1
            where c.id in :ids and c.caresForResidentId is not null""")
    int unlinkCaredFor(Collection<UUID> ids, Instant now);
}
