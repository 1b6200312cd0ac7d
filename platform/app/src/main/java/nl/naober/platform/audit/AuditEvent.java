package nl.naober.platform.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One access to personal data.
 *
 * @param action     what was done
 * @param recordType the kind of record, e.g. {@code resident}, {@code contact}, {@code referral}
 * @param recordId   the record touched
 * @param residentId the resident whose data it is ({@code null} for an anonymous contact)
 * @param basis      why it was allowed: the legal or work basis, e.g. {@code village-support}
 *                   (the supporter's task for her village), {@code consent}, {@code retention}
 * @param detail     a short note of what was read or changed, without the personal data itself
 */
public record AuditEvent(AuditAction action, String recordType, UUID recordId, UUID residentId, String basis,
        String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(basis, "basis");
    }
}
