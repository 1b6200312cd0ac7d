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

/** One step in an initiative's history: the status it got, on which day, with an optional note. */
@Entity
@Table(name = "initiative_status_change")
class InitiativeStatusChange {

    @Id
    private UUID id;

    private UUID initiativeId;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    private LocalDate changedOn;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private UUID changedBy;

    private Instant createdAt;

    protected InitiativeStatusChange() {
    }

    InitiativeStatusChange(UUID initiativeId, InitiativeStatus status, LocalDate changedOn, String note,
            UUID changedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.initiativeId = initiativeId;
        this.status = status;
        this.changedOn = changedOn;
        this.note = note;
        this.changedBy = changedBy;
        this.createdAt = now;
    }

    UUID initiativeId() {
        return initiativeId;
    }

    InitiativeStatus status() {
        return status;
    }

    LocalDate changedOn() {
        return changedOn;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
