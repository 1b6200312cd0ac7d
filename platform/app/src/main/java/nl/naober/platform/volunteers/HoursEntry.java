package nl.naober.platform.volunteers;

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

/** Time a volunteer logged herself: a day, quarters of an hour, the kind of activity, a short note. */
@Entity
@Table(name = "volunteer_hours")
class HoursEntry {

    @Id
    private UUID id;

    private UUID volunteerId;

    private UUID villageId;

    private LocalDate workedOn;

    private int quarters;

    @Enumerated(EnumType.STRING)
    private WorkKind activity;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private Instant createdAt;

    protected HoursEntry() {
    }

    HoursEntry(UUID id, UUID volunteerId, UUID villageId, LocalDate workedOn, int quarters, WorkKind activity,
            String note, Instant now) {
        this.id = id;
        this.volunteerId = volunteerId;
        this.villageId = villageId;
        this.workedOn = workedOn;
        this.quarters = quarters;
        this.activity = activity;
        this.note = note;
        this.createdAt = now;
    }

    /** The same entry as another: what a double submit of one form looks like. */
    boolean sameAs(UUID village, LocalDate day, int quarterCount, WorkKind kind, String text) {
        return villageId.equals(village) && workedOn.equals(day) && quarters == quarterCount && activity == kind
                && java.util.Objects.equals(note, text);
    }

    /** Removes the note; day, hours, activity and village stay for the totals. */
    void forgetNote() {
        this.note = null;
    }

    UUID id() {
        return id;
    }

    UUID volunteerId() {
        return volunteerId;
    }

    UUID villageId() {
        return villageId;
    }

    LocalDate workedOn() {
        return workedOn;
    }

    int quarters() {
        return quarters;
    }

    WorkKind activity() {
        return activity;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
