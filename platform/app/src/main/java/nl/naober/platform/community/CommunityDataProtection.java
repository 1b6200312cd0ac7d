package nl.naober.platform.community;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part in retention. It keeps nothing linked to a resident of the register
 * (initiatives name no initiators, activities count participants), so a resident's export and
 * anonymisation find nothing here. What may name people is the contact log of associations: its
 * subject and summary are removed {@link #CONTACT_TEXT} months after the contact (date, channel and
 * follow-up date stay for the counts). Contact persons are kept while they are one and deleted, not
 * kept, when the supporter removes them (audited), so they need no retention of their own.
 */
@Component
@Order(400)
@Transactional
class CommunityDataProtection implements ResidentDataHolder {

    static final String CONTACT_TEXT = "association-contact-text";

    private final AssociationContactRepository contacts;
    private final AuditLog audit;

    CommunityDataProtection(AssociationContactRepository contacts, AuditLog audit) {
        this.contacts = contacts;
        this.audit = audit;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(RetentionRule.months(CONTACT_TEXT, "community.retention.association-contact-text", 24));
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
        List<AssociationContact> expired = contacts.findAllByContactDateBeforeAndTextRemovedOnIsNull(
                policy.cutoff(CONTACT_TEXT));
        for (AssociationContact contact : expired) {
            contact.removeText(policy.today());
            audit.record(new AuditEvent(AuditAction.ANONYMISE, "association-contact", contact.id(), null,
                    RetentionPolicy.AUDIT_BASIS, "subject and summary removed after the retention"));
        }
        contacts.saveAllAndFlush(expired);
        return expired.size();
    }
}
