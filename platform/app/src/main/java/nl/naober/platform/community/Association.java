package nl.naober.platform.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** An association (vereniging) working in one or more villages. Its name and kind are no personal data. */
@Entity
@Table(name = "association")
class Association {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private AssociationKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_village", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "village_id")
    private Set<UUID> villages = new HashSet<>();

    private UUID createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Association() {
    }

    Association(UUID id, String name, AssociationKind kind, Set<UUID> villages, UUID createdBy, Instant now) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.villages = new HashSet<>(villages);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether she may see it: it works in at least one of these villages. */
    boolean worksInAny(Set<UUID> ids) {
        return villages.stream().anyMatch(ids::contains);
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    AssociationKind kind() {
        return kind;
    }

    Set<UUID> villages() {
        return Set.copyOf(villages);
    }
}
