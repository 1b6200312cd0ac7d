package nl.naober.platform.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/**
 * Consent as stored, embedded in the record whose data is shared (columns {@code consent_*}). It is
 * made only by {@link Consents#read}, so a stored record is always complete. What is shared and
 * with whom are free text and encrypted at rest.
 */
@Embeddable
public class ConsentRecord {

    @Column(name = "consent_what_enc")
    @Convert(converter = EncryptedText.class)
    private String what;

    @Column(name = "consent_recipient_enc")
    @Convert(converter = EncryptedText.class)
    private String recipient;

    @Column(name = "consent_given_on")
    private LocalDate givenOn;

    @Column(name = "consent_form")
    @Enumerated(EnumType.STRING)
    private ConsentForm form;

    @Column(name = "consent_recorded_by")
    private UUID recordedBy;

    @Column(name = "consent_recorded_at")
    private Instant recordedAt;

    protected ConsentRecord() {
    }

    ConsentRecord(String what, String recipient, LocalDate givenOn, ConsentForm form, UUID recordedBy,
            Instant recordedAt) {
        this.what = what;
        this.recipient = recipient;
        this.givenOn = givenOn;
        this.form = form;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** What data is shared. */
    public String what() {
        return what;
    }

    /** With whom it is shared. */
    public String recipient() {
        return recipient;
    }

    /** The day the resident gave her consent. */
    public LocalDate givenOn() {
        return givenOn;
    }

    public ConsentForm form() {
        return form;
    }

    /** The colleague (member id) who recorded the consent. */
    public UUID recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
