package nl.naober.platform.carers;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A carer on the appreciation list of one year: the name and postal address the municipality sends
 * the appreciation to, and the carer's consent to share them.
 */
@Entity
@Table(name = "carer_appreciation")
class Appreciation {

    @Id
    private UUID id;

    private UUID carerId;

    private int year;

    private UUID villageId;

    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    private AppreciationChannel how;

    @Enumerated(EnumType.STRING)
    private AppreciationStatus status;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "postal_address_enc")
    @Convert(converter = EncryptedText.class)
    private String postalAddress;

    @Embedded
    private ConsentRecord consent;

    private UUID registeredBy;

    private Instant createdAt;

    /** When name, address and consent texts were removed; year, village, dates and status stay. */
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Appreciation() {
    }

    Appreciation(UUID id, Carer carer, int year, LocalDate registeredOn, AppreciationChannel how, String name,
            String postalAddress, ConsentRecord consent, UUID registeredBy, Instant now) {
        this.id = id;
        this.carerId = carer.id();
        this.villageId = carer.villageId();
        this.year = year;
        this.registeredOn = registeredOn;
        this.how = how;
        this.status = AppreciationStatus.REGISTERED;
        this.name = name;
        this.postalAddress = postalAddress;
        this.consent = consent;
        this.registeredBy = registeredBy;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID carerId() {
        return carerId;
    }

    int year() {
        return year;
    }

    UUID villageId() {
        return villageId;
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    AppreciationChannel how() {
        return how;
    }

    AppreciationStatus status() {
        return status;
    }

    String name() {
        return name;
    }

    String postalAddress() {
        return postalAddress;
    }

    ConsentRecord consent() {
        return consent;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
