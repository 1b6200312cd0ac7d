package nl.naober.platform.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * One entry of an association's contact log. Subject and summary are free text that may name
 * people; they are removed after the retention, the date, channel and follow-up date stay.
 */
@Entity
@Table(name = "association_contact")
class AssociationContact {

    @Id
    private UUID id;

    private UUID associationId;

    private LocalDate contactDate;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    @Column(name = "subject_enc")
    @Convert(converter = EncryptedText.class)
    private String subject;

    @Column(name = "summary_enc")
    @Convert(converter = EncryptedText.class)
    private String summary;

    private LocalDate followUpOn;

    private UUID recordedBy;

    private Instant createdAt;

    private LocalDate textRemovedOn;

    protected AssociationContact() {
    }

    AssociationContact(UUID associationId, LocalDate contactDate, ContactChannel channel, String subject,
            String summary, LocalDate followUpOn, UUID recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.associationId = associationId;
        this.contactDate = contactDate;
        this.channel = channel;
        this.subject = subject;
        this.summary = summary;
        this.followUpOn = followUpOn;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /** Retention: the texts go, what the counts need stays. */
    void removeText(LocalDate today) {
        subject = null;
        summary = null;
        textRemovedOn = today;
    }

    UUID id() {
        return id;
    }

    UUID associationId() {
        return associationId;
    }

    LocalDate contactDate() {
        return contactDate;
    }

    ContactChannel channel() {
        return channel;
    }

    String subject() {
        return subject;
    }

    String summary() {
        return summary;
    }

    LocalDate followUpOn() {
        return followUpOn;
    }

    LocalDate textRemovedOn() {
        return textRemovedOn;
    }

    Instant createdAt() {
        return createdAt;
    }
}
