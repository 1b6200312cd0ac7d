package nl.naober.platform.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** Someone who helps a resident (F13): family, a neighbour, a volunteer, a professional. */
@Entity
@Table(name = "care_network_member")
class CareNetworkMember {

    @Id
    private UUID id;

    private UUID residentId;

    @Enumerated(EnumType.STRING)
    private CareRelation relation;

    @Column(name = "name_enc")
    @Convert(converter = EncryptedText.class)
    private String name;

    @Column(name = "contact_enc")
    @Convert(converter = EncryptedText.class)
    private String contact;

    @Column(name = "note_enc")
    @Convert(converter = EncryptedText.class)
    private String note;

    private Instant createdAt;

    protected CareNetworkMember() {
    }

    CareNetworkMember(UUID id, UUID residentId, CareRelation relation, String name, String contact, String note,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.relation = relation;
        this.name = name;
        this.contact = contact;
        this.note = note;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID residentId() {
        return residentId;
    }

    CareRelation relation() {
        return relation;
    }

    String name() {
        return name;
    }

    String contact() {
        return contact;
    }

    String note() {
        return note;
    }
}
