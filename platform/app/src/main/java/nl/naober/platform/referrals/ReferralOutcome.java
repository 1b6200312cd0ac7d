package nl.naober.platform.referrals;

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

/** One step in the history of a referral: the status it got, on which day, with a note. Never changed. */
@Entity
@Table(name = "referral_outcome")
class ReferralOutcome {

    @Id
    private UUID id;

    private UUID referralId;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private LocalDate outcomeOn;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private UUID recordedBy;

    private Instant recordedAt;

    protected ReferralOutcome() {
    }

    ReferralOutcome(UUID id, UUID referralId, ReferralStatus status, LocalDate outcomeOn, String note, UUID recordedBy,
            Instant recordedAt) {
        this.id = id;
        this.referralId = referralId;
        this.status = status;
        this.outcomeOn = outcomeOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    ReferralStatus status() {
        return status;
    }

    LocalDate outcomeOn() {
        return outcomeOn;
    }

    String note() {
        return note;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
