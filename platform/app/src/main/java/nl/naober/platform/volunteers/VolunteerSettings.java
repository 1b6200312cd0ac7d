package nl.naober.platform.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The municipality's VOG rules: how many years a certificate counts and how early renewal is asked. */
@Entity
@Table(name = "volunteer_settings")
class VolunteerSettings {

    static final int DEFAULT_VALIDITY_YEARS = 3;
    static final int DEFAULT_RENEWAL_WINDOW_MONTHS = 3;

    @Id
    private int id = 1;

    private int vogValidityYears;

    private int renewalWindowMonths;

    private Instant updatedAt;

    protected VolunteerSettings() {
    }

    VolunteerSettings(int vogValidityYears, int renewalWindowMonths, Instant now) {
        change(vogValidityYears, renewalWindowMonths, now);
    }

    static VolunteerSettings defaults() {
        return new VolunteerSettings(DEFAULT_VALIDITY_YEARS, DEFAULT_RENEWAL_WINDOW_MONTHS, null);
    }

    final void change(int years, int months, Instant now) {
        this.vogValidityYears = years;
        this.renewalWindowMonths = months;
        this.updatedAt = now;
    }

    int vogValidityYears() {
        return vogValidityYears;
    }

    int renewalWindowMonths() {
        return renewalWindowMonths;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
