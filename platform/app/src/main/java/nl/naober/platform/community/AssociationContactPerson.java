package nl.naober.platform.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** A contact person of an association: personal data, encrypted, kept only while she is one. */
@Entity
@Table(name = "association_contact_person")
class AssociationContactPerson {

    @Id
    private UUID id;

    private UUID associationId;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "role_enc")
    @Convert(converter = EncryptedText.class)
    private String role;

    @Column(name = "phone_enc")
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "email_enc")
    @Convert(converter = EncryptedText.class)
    private String email;

    private UUID createdBy;

    private Instant createdAt;

    protected AssociationContactPerson() {
    }

    AssociationContactPerson(UUID associationId, String name, String role, String phone, String email,
            UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.associationId = associationId;
        this.name = name;
        this.role = role;
        this.phone = phone;
        this.email = email;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID associationId() {
        return associationId;
    }

    String name() {
        return name;
    }

    String role() {
        return role;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }
}
