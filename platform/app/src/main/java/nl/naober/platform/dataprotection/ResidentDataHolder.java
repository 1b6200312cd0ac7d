package nl.naober.platform.dataprotection;

import java.util.List;
import java.util.UUID;

/**
 * A module that keeps data about residents. Every implementation takes part in the data-subject
 * export and in retention without this module knowing it; add one to a module and its data is
 * exported and forgotten like the rest. All methods run in the current municipality
 * ({@link nl.naober.tenants.TenantContext}) inside the caller's transaction. Holders are asked in
 * {@link org.springframework.core.annotation.Order} order, which is also the order of the export
 * (the register of residents first).
 */
public interface ResidentDataHolder {

    /**
     * The record types this module keeps with their retention rule, shown and set in the
     * municipality's retention settings. The resident's own personal data
     * ({@link RetentionRule#RESIDENT}) is declared by this module, not by a holder.
     */
    default List<RetentionRule> retentionRules() {
        return List.of();
    }

    /**
     * Everything this module keeps about the resident, one section per record, with label keys of
     * the message bundles and values as shown to the resident. The caller has already checked
     * access through {@link DataSubjects#requireReachable}; no section is empty.
     */
    List<ExportSection> export(UUID residentId);

    /**
     * The resident has just been anonymised: remove or anonymise every personal detail kept about
     * her while keeping what the statistics count. Audits each change as {@code ANONYMISE} on basis
     * {@link RetentionPolicy#AUDIT_BASIS}. Must be idempotent.
     *
     * @return the number of records changed or removed
     */
    int forgetResident(UUID residentId);

    /**
     * Applies this module's own rules ({@link #retentionRules()}), e.g. free text older than its
     * retention, and repairs what {@link #forgetResident} may have missed. Must be idempotent.
     *
     * @return the number of records changed or removed
     */
    default int applyRetention(RetentionPolicy policy) {
        return 0;
    }
}
