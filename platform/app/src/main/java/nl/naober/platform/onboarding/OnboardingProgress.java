package nl.naober.platform.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** A checklist item a supporter has done, with her own note (hers alone). */
@Entity
@Table(name = "onboarding_progress")
class OnboardingProgress {

    @Id
    private UUID id;

    private UUID memberId;

    private UUID itemId;

    private LocalDate doneOn;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private Instant updatedAt;

    protected OnboardingProgress() {
    }

    OnboardingProgress(UUID id, UUID memberId, UUID itemId, LocalDate doneOn, String note, Instant now) {
        this.id = id;
        this.memberId = memberId;
        this.itemId = itemId;
        change(doneOn, note, now);
    }

    void change(LocalDate newDoneOn, String newNote, Instant now) {
        doneOn = newDoneOn;
        note = newNote;
        updatedAt = now;
    }

    void forgetNote(Instant now) {
        note = null;
        updatedAt = now;
    }

    UUID memberId() {
        return memberId;
    }

    UUID itemId() {
        return itemId;
    }

    LocalDate doneOn() {
        return doneOn;
    }

    String note() {
        return note;
    }
}
