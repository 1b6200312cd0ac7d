package nl.naober.platform.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A resident referred to a professional or organisation, with the consent that allows it and
 * where it stands now (the history is in {@link ReferralOutcome}).
 */
@Entity
@Table(name = "referral")
class Referral {

    @Id
    private UUID id;

    private UUID villageId;

    private UUID residentId;

    private UUID contactId;

    private UUID supporterId;

    @Column(name = "target_name_enc")
    @Convert(converter = EncryptedText.class)
    private String targetName;

    @Enumerated(EnumType.STRING)
    private TargetKind targetKind;

    /** The target's entry on the social map, if picked from it; no personal data, so kept after anonymisation. */
    private UUID socialMapEntryId;

    @Column(name = "target_contact_enc")
    @Convert(converter = EncryptedText.class)
    private String targetContact;

    @Column(name = "reason_enc")
    @Convert(converter = EncryptedText.class)
    private String reason;

    private LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private LocalDate statusOn;

    @Embedded
    private ConsentRecord consent;

    private Instant createdAt;

    private Instant updatedAt;

    /** When its personal free text was removed (retention); kind, status and dates stay for the figures. */
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(UUID id, UUID villageId, UUID residentId, UUID supporterId, ReferralFacts facts, ConsentRecord consent,
            Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.residentId = residentId;
        this.supporterId = supporterId;
        this.contactId = facts.contactId();
        this.targetName = facts.targetName();
        this.targetKind = facts.targetKind();
        this.socialMapEntryId = facts.socialMapEntryId();
        this.targetContact = facts.targetContact();
        this.reason = facts.reason();
        this.referredOn = facts.referredOn();
        this.status = ReferralStatus.SENT;
        this.statusOn = facts.referredOn();
        this.consent = consent;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeStatus(ReferralStatus newStatus, LocalDate on, Instant now) {
        status = newStatus;
        statusOn = on;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    UUID residentId() {
        return residentId;
    }

    UUID contactId() {
        return contactId;
    }

    UUID supporterId() {
        return supporterId;
    }

    String targetName() {
        return targetName;
    }

    TargetKind targetKind() {
        return targetKind;
    }

    UUID socialMapEntryId() {
        return socialMapEntryId;
    }

    String targetContact() {
        return targetContact;
    }

    String reason() {
        return reason;
    }

    LocalDate referredOn() {
        return referredOn;
    }

    ReferralStatus status() {
        return status;
    }

    LocalDate statusOn() {
        return statusOn;
    }

    ConsentRecord consent() {
        return consent;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
