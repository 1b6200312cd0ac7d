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

/** A local initiative of one village, with its current status; its history and support are rows of their own. */
@Entity
@Table(name = "initiative")
class Initiative {

    @Id
    private UUID id;

    private UUID villageId;

    private String name;

    @Column(name = "description_enc")
    @Convert(converter = EncryptedText.class)
    private String description;

    @Enumerated(EnumType.STRING)
    private InitiatorKind initiators;

    private String themeCode;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    private LocalDate statusSince;

    private UUID createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Initiative() {
    }

    Initiative(UUID id, UUID villageId, String name, String description, InitiatorKind initiators, String themeCode,
            InitiativeStatus status, LocalDate statusSince, UUID createdBy, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.name = name;
        this.description = description;
        this.initiators = initiators;
        this.themeCode = themeCode;
        this.status = status;
        this.statusSince = statusSince;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeStatus(InitiativeStatus to, LocalDate on, Instant now) {
        status = to;
        statusSince = on;
        updatedAt = now;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    InitiatorKind initiators() {
        return initiators;
    }

    String themeCode() {
        return themeCode;
    }

    InitiativeStatus status() {
        return status;
    }

    LocalDate statusSince() {
        return statusSince;
    }

    Instant createdAt() {
        return createdAt;
    }
}
