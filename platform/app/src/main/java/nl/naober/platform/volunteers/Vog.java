package nl.naober.platform.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate of conduct (Verklaring Omtrent het Gedrag) a volunteer showed: when it was issued
 * and until when the municipality accepts it (fixed when recorded). Only the dates are kept, not
 * the certificate.
 */
@Entity
@Table(name = "volunteer_vog")
class Vog {

    @Id
    private UUID id;

    private UUID volunteerId;

    private LocalDate issuedOn;

    private LocalDate validUntil;

    private UUID recordedBy;

    private Instant createdAt;

    protected Vog() {
    }

    Vog(UUID id, UUID volunteerId, LocalDate issuedOn, LocalDate validUntil, UUID recordedBy, Instant now) {
        this.id = id;
        this.volunteerId = volunteerId;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /** Valid on a day: issued on or before it, and the day lies before the end of its validity. */
    boolean validOn(LocalDate day) {
        return !issuedOn.isAfter(day) && validUntil.isAfter(day);
    }

    UUID id() {
        return id;
    }

    UUID volunteerId() {
        return volunteerId;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate validUntil() {
        return validUntil;
    }
}
