package nl.naober.platform.carers;

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
import java.util.Set;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A mantelzorger in one of the supporter's villages: a resident she knows or just a name and a way
 * to reach her, whom she cares for, how heavy it is and what support she got.
 */
@Entity
@Table(name = "carer")
class Carer {

    @Id
    private UUID id;

    private UUID villageId;

    private UUID residentId;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "contact_enc")
    @Convert(converter = EncryptedText.class)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "cares_for_relation")
    private CaredForRelation relation;

    private UUID caresForResidentId;

    @Enumerated(EnumType.STRING)
    private Burden burden;

    private Integer hoursPerWeek;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "carer_support", joinColumns = @JoinColumn(name = "carer_id"))
    @Column(name = "support")
    @Enumerated(EnumType.STRING)
    private Set<SupportOffered> support = EnumSet.noneOf(SupportOffered.class);

    private boolean referredToCarerSupport;

    private LocalDate referredOn;

    private LocalDate startedOn;

    private UUID registeredBy;

    private Instant createdAt;

    private Instant updatedAt;

    /** When her name and contact were removed with her resident data; the rest stays for the figures. */
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Carer() {
    }

    Carer(UUID id, UUID villageId, UUID registeredBy, CarerFacts facts, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.registeredBy = registeredBy;
        this.residentId = facts.residentId();
        this.name = facts.name();
        this.contact = facts.contact();
        this.relation = facts.relation();
        this.caresForResidentId = facts.caredForResidentId();
        this.burden = facts.burden();
        this.hoursPerWeek = facts.hoursPerWeek();
        this.support = facts.support().isEmpty() ? EnumSet.noneOf(SupportOffered.class)
                : EnumSet.copyOf(facts.support());
        this.referredToCarerSupport = facts.referredToCarerSupport();
        this.referredOn = facts.referredOn();
        this.startedOn = facts.startedOn();
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    UUID residentId() {
        return residentId;
    }

    String name() {
        return name;
    }

    String contact() {
        return contact;
    }

    CaredForRelation relation() {
        return relation;
    }

    UUID caresForResidentId() {
        return caresForResidentId;
    }

    Burden burden() {
        return burden;
    }

    Integer hoursPerWeek() {
        return hoursPerWeek;
    }

    Set<SupportOffered> support() {
        return support.isEmpty() ? EnumSet.noneOf(SupportOffered.class) : EnumSet.copyOf(support);
    }

    boolean referredToCarerSupport() {
        return referredToCarerSupport;
    }

    LocalDate referredOn() {
        return referredOn;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
