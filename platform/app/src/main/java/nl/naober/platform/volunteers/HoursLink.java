package nl.naober.platform.volunteers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A volunteer's personal link to log her hours. Only the SHA-256 of the token is kept: whoever
 * reads the database cannot use a link, and the supporter sees the token once, when she makes it.
 */
@Entity
@Table(name = "volunteer_link")
class HoursLink {

    @Id
    private UUID id;

    private UUID volunteerId;

    private String tokenHash;

    private LocalDate expiresOn;

    private UUID createdBy;

    private Instant createdAt;

    private Instant revokedAt;

    protected HoursLink() {
    }

    HoursLink(UUID id, UUID volunteerId, String tokenHash, LocalDate expiresOn, UUID createdBy, Instant now) {
        this.id = id;
        this.volunteerId = volunteerId;
        this.tokenHash = tokenHash;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Usable on a day: not revoked and not past its last day. */
    boolean usableOn(LocalDate day) {
        return revokedAt == null && (expiresOn == null || !expiresOn.isBefore(day));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID volunteerId() {
        return volunteerId;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
