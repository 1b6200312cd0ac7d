package nl.naober.platform.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import nl.naober.kernel.Role;

/** A colleague of the municipality with a login, her role and the villages she serves. */
@Entity
@Table(name = "member")
class Member {

    @Id
    private UUID id;

    private String identityId;

    private String firstName;

    private String lastName;

    private String email;

    @Convert(converter = RoleConverter.class)
    private Role role;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_village", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "village_id")
    private Set<UUID> villages = new HashSet<>();

    private Instant invitedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    Member(UUID id, String identityId, String firstName, String lastName, String email, Role role,
            Set<UUID> villages, Instant now) {
        this.id = id;
        this.identityId = identityId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.role = role;
        this.status = MemberStatus.ACTIVE;
        this.villages = new HashSet<>(villages);
        this.invitedAt = now;
        this.updatedAt = now;
    }

    void assignVillages(Set<UUID> newVillages, Instant now) {
        villages.clear();
        villages.addAll(newVillages);
        updatedAt = now;
    }

    void changeStatus(MemberStatus newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String identityId() {
        return identityId;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    MemberStatus status() {
        return status;
    }

    Set<UUID> villages() {
        return Set.copyOf(villages);
    }

    Instant invitedAt() {
        return invitedAt;
    }
}
