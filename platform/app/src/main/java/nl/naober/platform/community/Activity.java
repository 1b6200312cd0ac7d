package nl.naober.platform.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** A village activity that took place: counts and hours, no participants' names. */
@Entity
@Table(name = "activity")
class Activity {

    @Id
    private UUID id;

    private UUID villageId;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String title;

    private LocalDate heldOn;

    private int participants;

    private int volunteers;

    private int volunteerHours;

    private int supporterMinutes;

    private UUID initiativeId;

    private UUID associationId;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private UUID recordedBy;

    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {
    }

    Activity(UUID id, UUID villageId, ActivityFacts facts, UUID recordedBy, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.kind = facts.kind();
        this.title = facts.title();
        this.heldOn = facts.heldOn();
        this.participants = facts.participants();
        this.volunteers = facts.volunteers();
        this.volunteerHours = facts.volunteerHours();
        this.supporterMinutes = facts.supporterMinutes();
        this.initiativeId = facts.initiative();
        this.associationId = facts.association();
        this.note = facts.note();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    ActivityKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    int participants() {
        return participants;
    }

    int volunteers() {
        return volunteers;
    }

    int volunteerHours() {
        return volunteerHours;
    }

    int supporterMinutes() {
        return supporterMinutes;
    }

    UUID initiativeId() {
        return initiativeId;
    }

    UUID associationId() {
        return associationId;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
