package nl.naober.platform.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.EncryptedText;

/** The supporter's account of one village's year: free text without personal data, encrypted at rest. */
@Entity
@Table(name = "report_narrative")
class ReportNarrative {

    @Id
    private UUID id;

    private UUID villageId;

    private int year;

    @Column(name = "text_enc")
    @Convert(converter = EncryptedText.class)
    private String text;

    private UUID updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ReportNarrative() {
    }

    ReportNarrative(UUID villageId, int year) {
        this.id = UUID.randomUUID();
        this.villageId = villageId;
        this.year = year;
    }

    void write(String text, UUID by, Instant at) {
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String text() {
        return text;
    }

    UUID villageId() {
        return villageId;
    }
}
