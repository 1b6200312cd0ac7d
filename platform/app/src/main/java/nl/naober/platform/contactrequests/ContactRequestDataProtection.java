package nl.naober.platform.contactrequests;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.dataprotection.ExportSection;
import nl.naober.platform.dataprotection.ResidentDataHolder;
import nl.naober.platform.dataprotection.RetentionPolicy;
import nl.naober.platform.dataprotection.RetentionRule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Retention of contact requests through the data protection SPI: a handled request is deleted
 * {@code contact-request} months after it was handled (default 6, the municipality may choose
 * 6–120); an unhandled one stays, as the resident is still waiting. Requests are not linked to a
 * registered resident (the sender is anonymous to Naober until the supporter records a contact),
 * so they add nothing to a resident's export and nothing is forgotten with her.
 */
@Component
@Order(500)
class ContactRequestDataProtection implements ResidentDataHolder {

    static final String RECORD_TYPE = "contact-request";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final ContactRequestRepository requests;
    private final AuditLog audit;

    ContactRequestDataProtection(ContactRequestRepository requests, AuditLog audit) {
        this.requests = requests;
        this.audit = audit;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(RetentionRule.months(RECORD_TYPE, "contact-request.retention", 6));
    }

    @Override
    public List<ExportSection> export(UUID residentId) {
        return List.of();
    }

    @Override
    public int forgetResident(UUID residentId) {
        return 0;
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        List<ContactRequest> expired = requests.findAllByHandledAtBefore(policy.cutoff(RECORD_TYPE)
                .atStartOfDay(DUTCH_TIME).toInstant());
        for (ContactRequest request : expired) {
            requests.delete(request);
            audit.record(new AuditEvent(AuditAction.DELETE, RECORD_TYPE, request.id(), null,
                    RetentionPolicy.AUDIT_BASIS, "handled contact request deleted after its retention"));
        }
        requests.flush();
        return expired.size();
    }
}
