package nl.naober.platform.socialmap;

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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the social map: what it is, what it offers and for whom, how to reach it, which
 * villages it serves, whether residents may find it, and when it was last verified.
 */
@Entity
@Table(name = "social_map_entry")
class SocialMapEntry {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private String name;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] targetGroups;

    private String phone;

    private String email;

    private String website;

    private String address;

    private String openingHours;

    private boolean wholeMunicipality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "social_map_entry_village", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "village_id")
    private Set<UUID> villages = new HashSet<>();

    @Column(name = "public_entry")
    private boolean publicEntry;

    private String source;

    private String searchTerms;

    private Instant lastVerifiedAt;

    private UUID lastVerifiedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_verified_role")
    private Role lastVerifiedRole;

    private UUID createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected SocialMapEntry() {
    }

    SocialMapEntry(UUID id, EntryFacts facts, Verification verified, Instant now) {
        this.id = id;
        this.createdBy = verified.by();
        this.createdAt = now;
        change(facts, now);
        verify(verified);
    }

    void change(EntryFacts facts, Instant now) {
        kind = facts.kind();
        name = facts.name();
        description = facts.description();
        categories = facts.categories().stream().map(nl.naober.platform.input.CodedValue::code).sorted()
                .toArray(String[]::new);
        targetGroups = facts.targetGroups().stream().map(nl.naober.platform.input.CodedValue::code).sorted()
                .toArray(String[]::new);
        phone = facts.phone();
        email = facts.email();
        website = facts.website();
        address = facts.address();
        openingHours = facts.openingHours();
        wholeMunicipality = facts.wholeMunicipality();
        villages = new HashSet<>(facts.wholeMunicipality() ? Set.of() : facts.villages());
        publicEntry = facts.publicEntry();
        source = facts.source();
        searchTerms = facts.searchTerms();
        updatedAt = now;
    }

    /** Marks the entry as checked: its data is still right. */
    void verify(Verification verified) {
        lastVerifiedAt = verified.at();
        lastVerifiedBy = verified.by();
        lastVerifiedRole = verified.role();
    }

    /** Whether it serves this village (or the whole municipality). */
    boolean serves(UUID village) {
        return wholeMunicipality || villages.contains(village);
    }

    /** Whether it serves any of these villages (or the whole municipality). */
    boolean servesAny(Set<UUID> own) {
        return wholeMunicipality || villages.stream().anyMatch(own::contains);
    }

    UUID id() {
        return id;
    }

    EntryKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Set<String> categories() {
        return Set.copyOf(Arrays.asList(categories));
    }

    Set<String> targetGroups() {
        return Set.copyOf(Arrays.asList(targetGroups));
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String website() {
        return website;
    }

    String address() {
        return address;
    }

    String openingHours() {
        return openingHours;
    }

    boolean wholeMunicipality() {
        return wholeMunicipality;
    }

    Set<UUID> villages() {
        return Set.copyOf(villages);
    }

    boolean publicEntry() {
        return publicEntry;
    }

    String source() {
        return source;
    }

    Instant lastVerifiedAt() {
        return lastVerifiedAt;
    }

    Role lastVerifiedRole() {
        return lastVerifiedRole;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Who verified and when: a colleague's member id (if registered) and the role she acted in. */
    record Verification(Instant at, UUID by, Role role) {
    }
}
