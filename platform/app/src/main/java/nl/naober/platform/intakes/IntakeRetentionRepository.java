package nl.naober.platform.intakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries of retention and the data-subject export; apart from {@link IntakeRepository} so both stay small. */
interface IntakeRetentionRepository extends Repository<Intake, UUID> {

    /** Every intake of the resident, drafts and submitted ones, oldest first. */
    @Query("select i from Intake i where i.residentId = :residentId order by i.createdAt, i.id")
    List<Intake> findAllOfResident(UUID residentId);

    /** The resident's drafts: id only, they go as a whole. */
    @Query("select i.id from Intake i where i.residentId = :residentId"
            + " and i.status = nl.naober.platform.intakes.IntakeStatus.DRAFT")
    List<UUID> findDraftIdsOfResident(UUID residentId);

    /** The resident's submitted intakes that still hold personal data. */
    @Query("select i.id from Intake i where i.residentId = :residentId"
            + " and i.status = nl.naober.platform.intakes.IntakeStatus.SUBMITTED and i.anonymisedAt is null")
    List<UUID> findSubmittedIdsWithDataOfResident(UUID residentId);

    /** The residents with an intake that still holds personal data (every draft does). */
    @Query("select distinct i.residentId from Intake i where i.anonymisedAt is null")
    List<UUID> findResidentIdsWithData();

    /** Drafts last changed before the cut-off: id and resident id. */
    @Query("select i.id, i.residentId from Intake i where i.status = nl.naober.platform.intakes.IntakeStatus.DRAFT"
            + " and i.updatedAt < :cutoff")
    List<Object[]> findDraftsChangedBefore(Instant cutoff);

    /** Submitted intakes with personal data whose melding lies before the cut-off: id and resident id. */
    @Query("select i.id, i.residentId from Intake i where i.status = nl.naober.platform.intakes.IntakeStatus.SUBMITTED"
            + " and i.anonymisedAt is null and i.meldingDate < :cutoff")
    List<Object[]> findSubmittedWithDataMeldedBefore(LocalDate cutoff);

    /** Deletes drafts; a submitted intake is never deleted here. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Intake i where i.id in :ids and i.status = nl.naober.platform.intakes.IntakeStatus.DRAFT")
    int deleteDrafts(Collection<UUID> ids);

    /**
     * Removes the personal data of submitted intakes: the resident's identity (BSN, names, date of
     * birth, address), her request, the conversation report and what the consent named and to
     * whom. Reference, village, dates, life domains, urgency, the personal-plan wish, the mandate
     * and when and how consent was given stay, so the figures and the statutory deadlines still
     * count it. The version goes up, so a change read before cannot write the data back.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Intake i set i.bsn = null, i.givenNames = null, i.surnamePrefix = null, i.surname = null,
            i.dateOfBirth = null, i.street = null, i.houseNumber = null, i.postalCode = null, i.city = null,
            i.request = null, i.conversationReport = null, i.consent.what = null, i.consent.recipient = null,
            i.anonymisedAt = :now, i.updatedAt = :now, i.version = i.version + 1
            where i.id in :ids and i.status = nl.naober.platform.intakes.IntakeStatus.SUBMITTED
            and i.anonymisedAt is null""")
    int anonymiseSubmitted(Collection<UUID> ids, Instant now);
}
