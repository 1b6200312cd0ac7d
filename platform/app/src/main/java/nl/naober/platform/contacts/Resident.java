package nl.naober.platform.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A resident the supporter keeps in touch with: a name, and contact details and an address only
 * when the resident gives them. Lists show the pseudonym and initials; the rest is personal data,
 * encrypted at rest and audited when read.
 */
@Entity
@Table(name = "resident")
class Resident {

    @Id
    private UUID id;

    private UUID villageId;

    private String pseudonym;

    private String initials;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "phone_enc")
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "email_enc")
    @Convert(converter = EncryptedText.class)
    private String email;

    @Column(name = "address_enc")
    @Convert(converter = EncryptedText.class)
    private String address;

    private Instant createdAt;

    private UUID createdBy;

    private Instant updatedAt;

    private LocalDate lastContactOn;

    private Instant anonymisedAt;

    @Version
    private long version;

    protected Resident() {
    }

    Resident(UUID id, UUID villageId, String pseudonym, ResidentDetails details, UUID createdBy, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.pseudonym = pseudonym;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ResidentDetails details, Instant now) {
        this.name = details.name();
        this.initials = ResidentDetails.initialsOf(details.name());
        this.phone = details.phone();
        this.email = details.email();
        this.address = details.address();
        this.updatedAt = now;
    }

    void contacted(LocalDate on) {
        if (lastContactOn == null || on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    String pseudonym() {
        return pseudonym;
    }

    String initials() {
        return initials;
    }

    ResidentDetails details() {
        return new ResidentDetails(name, phone, email, address);
    }

    LocalDate lastContactOn() {
        return lastContactOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean anonymised() {
        return anonymisedAt != null;
    }
}
