package nl.naober.platform.contactrequests;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** A resident's request to be contacted, as the public form sent it; everything she wrote is encrypted. */
@Entity
@Table(name = "contact_request")
class ContactRequest {

    @Id
    private UUID id;

    private UUID villageId;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "phone_enc")
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "email_enc")
    @Convert(converter = EncryptedText.class)
    private String email;

    @Column(name = "message_enc")
    @Convert(converter = EncryptedText.class)
    private String message;

    @Column(name = "preferred_time_enc")
    @Convert(converter = EncryptedText.class)
    private String preferredTime;

    /** She ticked the consent sentence when she sent it (the form refuses it otherwise). */
    private Instant consentGivenAt;

    private Instant receivedAt;

    private Instant handledAt;

    private UUID handledBy;

    @Version
    private long version;

    protected ContactRequest() {
    }

    ContactRequest(UUID id, UUID villageId, ContactRequestForm.Valid sent, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.name = sent.name();
        this.phone = sent.phone();
        this.email = sent.email();
        this.message = sent.message();
        this.preferredTime = sent.preferredTime();
        this.consentGivenAt = now;
        this.receivedAt = now;
    }

    void handled(UUID by, Instant now) {
        this.handledAt = now;
        this.handledBy = by;
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String message() {
        return message;
    }

    String preferredTime() {
        return preferredTime;
    }

    Instant consentGivenAt() {
        return consentGivenAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant handledAt() {
        return handledAt;
    }
}
