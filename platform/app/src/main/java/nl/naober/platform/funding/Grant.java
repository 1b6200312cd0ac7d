package nl.naober.platform.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What one village was granted for one year: amount, hours budget and hourly rate. */
@Entity
@Table(name = "funding_grant")
class Grant {

    @Id
    private UUID id;

    private UUID villageId;

    private int year;

    private BigDecimal grantedAmount;

    private BigDecimal hoursBudget;

    private BigDecimal hourlyRate;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected Grant() {
    }

    Grant(UUID villageId, int year) {
        this.id = UUID.randomUUID();
        this.villageId = villageId;
        this.year = year;
    }

    void set(BigDecimal grantedAmount, BigDecimal hoursBudget, BigDecimal hourlyRate, String by, Instant at) {
        this.grantedAmount = grantedAmount;
        this.hoursBudget = hoursBudget;
        this.hourlyRate = hourlyRate;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    UUID villageId() {
        return villageId;
    }

    int year() {
        return year;
    }

    BigDecimal grantedAmount() {
        return grantedAmount;
    }

    BigDecimal hoursBudget() {
        return hoursBudget;
    }

    BigDecimal hourlyRate() {
        return hourlyRate;
    }
}
