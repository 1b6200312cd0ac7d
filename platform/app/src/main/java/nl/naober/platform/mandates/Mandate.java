package nl.naober.platform.mandates;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A supporter's mandate; revoking it keeps the row with who revoked it, when and why. */
@Entity
@Table(name = "mandate")
class Mandate {

    @Id
    private UUID id;

    private UUID supporterId;

    /** The scopes as their enum names, comma separated: a fixed short list, never queried by scope in SQL. */
    private String scopes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mandate_village", joinColumns = @JoinColumn(name = "mandate_id"))
    @Column(name = "village_id")
    private Set<UUID> villageIds = new HashSet<>();

    private LocalDate validFrom;

    private LocalDate validUntil;

    private String decisionReference;

    private String grantedBy;

    private Instant grantedAt;

    private Instant revokedAt;

    private String revokedBy;

    private String revocationReason;

    @Version
    private long version;

    protected Mandate() {
    }

    Mandate(UUID id, UUID supporterId, Set<MandateScope> scopes, Set<UUID> villageIds, LocalDate validFrom,
            LocalDate validUntil, String decisionReference, String grantedBy, Instant grantedAt) {
        this.id = id;
        this.supporterId = supporterId;
        this.scopes = scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.villageIds = new HashSet<>(villageIds);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.decisionReference = decisionReference;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    void revoke(String by, String reason, Instant at) {
        this.revokedBy = by;
        this.revocationReason = reason;
        this.revokedAt = at;
    }

    boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    boolean covers(UUID villageId, Set<MandateScope> wanted) {
        return villageIds.contains(villageId) && scopes().containsAll(wanted);
    }

    MandateReference reference() {
        return new MandateReference(id, decisionReference, validFrom, validUntil, scopes());
    }

    UUID id() {
        return id;
    }

    UUID supporterId() {
        return supporterId;
    }

    Set<MandateScope> scopes() {
        Set<MandateScope> found = EnumSet.noneOf(MandateScope.class);
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(MandateScope::valueOf).forEach(found::add);
        return found;
    }

    Set<UUID> villageIds() {
        return Set.copyOf(villageIds);
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    String decisionReference() {
        return decisionReference;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }

    String revocationReason() {
        return revocationReason;
    }
}
