package nl.naober.platform.villages;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;

/** A village of the current municipality (lives in the tenant schema). */
@Entity
@Table(name = "village")
class Village {

    static final int MAX_NAME_LENGTH = 80;

    @Id
    private UUID id;

    private String name;

    /** Its name in public addresses; set once, kept when the village is renamed. */
    private String slug;

    @Enumerated(EnumType.STRING)
    private VillageStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "village_function", joinColumns = @JoinColumn(name = "village_id"))
    @Column(name = "function_code")
    @Enumerated(EnumType.STRING)
    private Set<ProfileFunction> functions = EnumSet.noneOf(ProfileFunction.class);

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Village() {
    }

    Village(UUID id, String name, String slug, Set<ProfileFunction> functions, Instant now) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.status = VillageStatus.ACTIVE;
        this.functions = functions.isEmpty() ? EnumSet.noneOf(ProfileFunction.class) : EnumSet.copyOf(functions);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    void changeStatus(VillageStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void changeFunctionProfile(Set<ProfileFunction> newFunctions, Instant now) {
        this.functions.clear();
        this.functions.addAll(newFunctions);
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String slug() {
        return slug;
    }

    VillageStatus status() {
        return status;
    }

    Set<ProfileFunction> functions() {
        return EnumSet.copyOf(functions.isEmpty() ? EnumSet.noneOf(ProfileFunction.class) : functions);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
