package nl.naober.platform.signals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** When the platform suggests a signal: at least {@code threshold} contacts with one theme in {@code periodDays} days. */
@Entity
@Table(name = "signal_settings")
class SignalSettings {

    /** The municipality's only row (each municipality has its own schema). */
    static final int ID = 1;

    @Id
    private int id;

    private int threshold;

    private int periodDays;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected SignalSettings() {
    }

    void change(int newThreshold, int newPeriodDays, String by, Instant now) {
        threshold = newThreshold;
        periodDays = newPeriodDays;
        updatedBy = by;
        updatedAt = now;
    }

    int threshold() {
        return threshold;
    }

    int periodDays() {
        return periodDays;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
