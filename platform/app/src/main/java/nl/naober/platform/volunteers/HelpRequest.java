package nl.naober.platform.volunteers;

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

/**
 * A resident's request for help, taken from a contact: the skill and kind of work it needs, in which
 * village and when, and a short description without names. The resident is reached through the
 * contact; her id is kept only to forget the description with her.
 */
@Entity
@Table(name = "help_request")
class HelpRequest {

    @Id
    private UUID id;

    private UUID villageId;

    private UUID contactId;

    private UUID residentId;

    @Enumerated(EnumType.STRING)
    private Skill skill;

    @Enumerated(EnumType.STRING)
    private WorkKind workKind;

    private LocalDate neededOn;

    @Enumerated(EnumType.STRING)
    private PartOfDay partOfDay;

    @Column(name = "description_enc")
    @Convert(converter = EncryptedText.class)
    private String description;

    @Enumerated(EnumType.STRING)
    private HelpRequestStatus status;

    private UUID volunteerId;

    private Instant matchedAt;

    private UUID matchedBy;

    private Instant closedAt;

    private UUID createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant anonymisedAt;

    @Version
    private long version;

    protected HelpRequest() {
    }

    HelpRequest(UUID id, UUID villageId, UUID contactId, UUID residentId, Skill skill, WorkKind workKind,
            LocalDate neededOn, PartOfDay partOfDay, String description, UUID createdBy, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.contactId = contactId;
        this.residentId = residentId;
        this.skill = skill;
        this.workKind = workKind;
        this.neededOn = neededOn;
        this.partOfDay = partOfDay;
        this.description = description;
        this.status = HelpRequestStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void match(UUID volunteer, UUID supporter, Instant now) {
        this.volunteerId = volunteer;
        this.matchedBy = supporter;
        this.matchedAt = now;
        this.status = HelpRequestStatus.MATCHED;
        this.updatedAt = now;
    }

    void close(HelpRequestStatus outcome, Instant now) {
        this.status = outcome;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /** Removes the description (free text about the resident); what it was, where and when stays. */
    void forget(Instant now) {
        this.description = null;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    UUID contactId() {
        return contactId;
    }

    UUID residentId() {
        return residentId;
    }

    Skill skill() {
        return skill;
    }

    WorkKind workKind() {
        return workKind;
    }

    LocalDate neededOn() {
        return neededOn;
    }

    PartOfDay partOfDay() {
        return partOfDay;
    }

    String description() {
        return description;
    }

    HelpRequestStatus status() {
        return status;
    }

    UUID volunteerId() {
        return volunteerId;
    }

    Instant matchedAt() {
        return matchedAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
