package nl.naober.platform.signals;

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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A signal for one village: theme, title, what is going on, how many residents it touches, for whom,
 * and the contacts it is built on (ids only). The texts should hold no personal data; being free
 * text they are encrypted at rest all the same.
 */
@Entity
@Table(name = "collective_signal")
class CollectiveSignal {

    @Id
    private UUID id;

    private UUID villageId;

    private String themeCode;

    @Column(name = "title_enc")
    @Convert(converter = EncryptedText.class)
    private String title;

    @Column(name = "description_enc")
    @Convert(converter = EncryptedText.class)
    private String description;

    private int estimatedResidents;

    @Enumerated(EnumType.STRING)
    private Addressee addressee;

    @Column(name = "addressee_name_enc")
    @Convert(converter = EncryptedText.class)
    private String addresseeName;

    @Enumerated(EnumType.STRING)
    private SignalStatus status;

    private UUID raisedBy;

    private LocalDate raisedOn;

    private Instant closedAt;

    @Column(name = "closing_note_enc")
    @Convert(converter = EncryptedText.class)
    private String closingNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collective_signal_contact", joinColumns = @JoinColumn(name = "signal_id"))
    @Column(name = "contact_id")
    private Set<UUID> contacts = new HashSet<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected CollectiveSignal() {
    }

    CollectiveSignal(UUID id, UUID villageId, UUID raisedBy, SignalFacts facts, LocalDate raisedOn, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.raisedBy = raisedBy;
        this.themeCode = facts.theme();
        this.title = facts.title();
        this.description = facts.description();
        this.estimatedResidents = facts.estimatedResidents();
        this.addressee = facts.addressee();
        this.addresseeName = facts.addresseeName();
        this.contacts = new HashSet<>(facts.contacts());
        this.status = SignalStatus.OPEN;
        this.raisedOn = raisedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void answered(Instant now) {
        if (status == SignalStatus.OPEN) {
            status = SignalStatus.ANSWERED;
            updatedAt = now;
        }
    }

    void close(String note, Instant now) {
        status = SignalStatus.CLOSED;
        closingNote = note;
        closedAt = now;
        updatedAt = now;
    }

    boolean open() {
        return status != SignalStatus.CLOSED;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    String themeCode() {
        return themeCode;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    int estimatedResidents() {
        return estimatedResidents;
    }

    Addressee addressee() {
        return addressee;
    }

    String addresseeName() {
        return addresseeName;
    }

    SignalStatus status() {
        return status;
    }

    LocalDate raisedOn() {
        return raisedOn;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closingNote() {
        return closingNote;
    }

    Set<UUID> contacts() {
        return Set.copyOf(contacts);
    }

    Instant createdAt() {
        return createdAt;
    }
}
