package nl.naober.platform.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** A cost besides the supporter's hours, in the year of its date. */
@Entity
@Table(name = "funding_cost")
class GrantCost {

    @Id
    private UUID id;

    private UUID villageId;

    private int year;

    private LocalDate costDate;

    @Column(name = "description_enc")
    @Convert(converter = EncryptedText.class)
    private String description;

    private BigDecimal amount;

    private String recordedBy;

    private Instant recordedAt;

    protected GrantCost() {
    }

    GrantCost(UUID villageId, LocalDate costDate, String description, BigDecimal amount, String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.villageId = villageId;
        this.year = costDate.getYear();
        this.costDate = costDate;
        this.description = description;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    LocalDate costDate() {
        return costDate;
    }

    String description() {
        return description;
    }

    BigDecimal amount() {
        return amount;
    }
}
