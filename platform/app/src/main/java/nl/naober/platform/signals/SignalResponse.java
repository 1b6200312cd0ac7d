package nl.naober.platform.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** An answer to a signal from the municipality or the sounding-board group. Never changed. */
@Entity
@Table(name = "collective_signal_response")
class SignalResponse {

    @Id
    private UUID id;

    private UUID signalId;

    private String responderRole;

    @Column(name = "responder_name_enc")
    @Convert(converter = EncryptedText.class)
    private String responderName;

    private UUID responderMemberId;

    @Column(name = "text_enc")
    @Convert(converter = EncryptedText.class)
    private String text;

    private Instant createdAt;

    protected SignalResponse() {
    }

    SignalResponse(UUID id, UUID signalId, String responderRole, String responderName, UUID responderMemberId,
            String text, Instant now) {
        this.id = id;
        this.signalId = signalId;
        this.responderRole = responderRole;
        this.responderName = responderName;
        this.responderMemberId = responderMemberId;
        this.text = text;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID signalId() {
        return signalId;
    }

    String responderRole() {
        return responderRole;
    }

    String responderName() {
        return responderName;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
