package nl.naober.platform.dataprotection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The register of residents (data subjects), implemented by the one module that keeps it. Access
 * to a resident is decided here and only here, so a data-holding module never needs its own
 * check for the export.
 */
public interface DataSubjects {

    /**
     * The resident, if the signed-in supporter may handle her request: she lives in one of the
     * supporter's villages and is not anonymised.
     *
     * @throws nl.naober.kernel.ResourceNotFoundException when there is no such resident in the
     *         supporter's villages (also when she exists elsewhere: the caller learns nothing)
     * @throws org.springframework.security.access.AccessDeniedException when the caller is no
     *         active supporter
     */
    DataSubject requireReachable(UUID residentId);

    /**
     * Anonymises, in the current municipality and transaction, every resident whose last contact
     * (or registration, without contacts) lies before {@code cutoff}: her personal data is removed,
     * her pseudonym and initials replaced by neutral values, and each is audited as
     * {@code ANONYMISE} on basis {@link RetentionPolicy#AUDIT_BASIS}. Already anonymised residents
     * are left alone, so a repeated call changes nothing.
     *
     * @return the residents anonymised by this call
     */
    List<UUID> anonymiseResidentsWithoutContactSince(LocalDate cutoff);

    /**
     * Which of these residents of the current municipality are anonymised; unknown ids are left
     * out. No access check: it serves the retention run, which has no signed-in caller. A holder
     * uses it in {@link ResidentDataHolder#applyRetention} to find what a change made while a
     * resident was anonymised added after its {@link ResidentDataHolder#forgetResident} (her data
     * lives in its own tables, so only the register can tell).
     */
    Set<UUID> anonymisedAmong(Collection<UUID> residentIds);
}
