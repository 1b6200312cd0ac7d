package nl.naober.platform.dataprotection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The number of months one municipality chose for one record type (no row: the default). */
@Entity
@Table(name = "retention_setting")
class RetentionSetting {

    @Id
    private String recordType;

    private int months;

    private Instant updatedAt;

    private String updatedBy;

    protected RetentionSetting() {
    }

    RetentionSetting(String recordType, int months, Instant now, String by) {
        this.recordType = recordType;
        change(months, now, by);
    }

    void change(int newMonths, Instant now, String by) {
        this.months = newMonths;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    String recordType() {
        return recordType;
    }

    int months() {
        return months;
    }
}
