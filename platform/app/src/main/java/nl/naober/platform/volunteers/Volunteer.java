package nl.naober.platform.volunteers;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A volunteer of one or more villages: who she is and how to reach her (encrypted), what she can
 * do, when she is usually available, whether she may be asked, and since (and until) when she helps.
 */
@Entity
@Table(name = "volunteer")
class Volunteer {

    @Id
    private UUID id;

    @Column(name = "first_name_enc")
    @Convert(converter = EncryptedText.class)
    private String firstName;

    @Column(name = "last_name_enc")
    @Convert(converter = EncryptedText.class)
    private String lastName;

    @Column(name = "phone_enc")
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "email_enc")
    @Convert(converter = EncryptedText.class)
    private String email;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private boolean consentToContact;

    private LocalDate startedOn;

    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_village", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "village_id")
    private Set<UUID> villages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "skill")
    @Enumerated(EnumType.STRING)
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "slot")
    @Enumerated(EnumType.STRING)
    private Set<Slot> availability = EnumSet.noneOf(Slot.class);

    private UUID registeredBy;

    private Instant createdAt;

    private Instant updatedAt;

    /** When her name, contact details and note were removed after she stopped; the rest stays for the figures. */
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Volunteer() {
    }

    Volunteer(UUID id, UUID registeredBy, VolunteerFacts facts, Instant now) {
        this.id = id;
        this.registeredBy = registeredBy;
        this.createdAt = now;
        change(facts, now);
    }

    final void change(VolunteerFacts facts, Instant now) {
        this.firstName = facts.firstName();
        this.lastName = facts.lastName();
        this.phone = facts.phone();
        this.email = facts.email();
        this.note = facts.note();
        this.consentToContact = facts.consentToContact();
        this.startedOn = facts.startedOn();
        this.endedOn = facts.endedOn();
        this.villages = new HashSet<>(facts.villages());
        this.skills = facts.skills().isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(facts.skills());
        this.availability = facts.availability().isEmpty() ? EnumSet.noneOf(Slot.class)
                : EnumSet.copyOf(facts.availability());
        this.updatedAt = now;
    }

    /** Removes who she is and how to reach her; skills, villages, dates and hours stay for the figures. */
    void anonymise(Instant now) {
        this.firstName = null;
        this.lastName = null;
        this.phone = null;
        this.email = null;
        this.note = null;
        this.consentToContact = false;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }

    /** Active on a day: started, not yet ended, not anonymised. */
    boolean activeOn(LocalDate day) {
        return anonymisedAt == null && !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    /** The name as lists show it: first name and the initial of the last name. */
    String shortName() {
        if (firstName == null) {
            return "?";
        }
        return lastName == null || lastName.isBlank() ? firstName
                : firstName + " " + lastName.strip().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".";
    }

    UUID id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String note() {
        return note;
    }

    boolean consentToContact() {
        return consentToContact;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    Set<UUID> villages() {
        return Set.copyOf(villages);
    }

    Set<Skill> skills() {
        return skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
    }

    Set<Slot> availability() {
        return availability.isEmpty() ? EnumSet.noneOf(Slot.class) : EnumSet.copyOf(availability);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
