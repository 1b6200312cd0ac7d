package nl.naober.platform.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** Support given to an initiative: what, when, the supporter's minutes, and for a funding application its amounts. */
@Entity
@Table(name = "initiative_support")
class InitiativeSupport {

    @Id
    private UUID id;

    private UUID initiativeId;

    @Enumerated(EnumType.STRING)
    private SupportKind kind;

    private LocalDate givenOn;

    private int minutes;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private BigDecimal requestedAmount;

    private BigDecimal grantedAmount;

    private UUID recordedBy;

    private Instant createdAt;

    protected InitiativeSupport() {
    }

    InitiativeSupport(UUID initiativeId, SupportKind kind, LocalDate givenOn, int minutes, String note,
            BigDecimal requestedAmount, BigDecimal grantedAmount, UUID recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.initiativeId = initiativeId;
        this.kind = kind;
        this.givenOn = givenOn;
        this.minutes = minutes;
        this.note = note;
        this.requestedAmount = requestedAmount;
        this.grantedAmount = grantedAmount;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID initiativeId() {
        return initiativeId;
    }

    SupportKind kind() {
        return kind;
    }

    LocalDate givenOn() {
        return givenOn;
    }

    int minutes() {
        return minutes;
    }

    String note() {
        return note;
    }

    BigDecimal requestedAmount() {
        return requestedAmount;
    }

    BigDecimal grantedAmount() {
        return grantedAmount;
    }

    Instant createdAt() {
        return createdAt;
    }
}
