package nl.naober.platform.socialmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The valid rows of an uploaded file that also had rejected rows, waiting for its uploader to import
 * or discard them. The rows are kept as CSV in the export's format, the rejections as the report's
 * lines ({@code line;column;reason}, as CSV too), so any replica can show and finish it.
 */
@Entity
@Table(name = "social_map_import")
class PendingImport {

    @Id
    private UUID id;

    private String createdBy;

    private String fileName;

    private int validRows;

    private String rowsCsv;

    private String rejected;

    private Instant createdAt;

    private Instant expiresAt;

    protected PendingImport() {
    }

    PendingImport(UUID id, String createdBy, String fileName, int validRows, String rowsCsv, String rejected,
            Instant now, Instant expiresAt) {
        this.id = id;
        this.createdBy = createdBy;
        this.fileName = fileName;
        this.validRows = validRows;
        this.rowsCsv = rowsCsv;
        this.rejected = rejected;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    String createdBy() {
        return createdBy;
    }

    String fileName() {
        return fileName;
    }

    int validRows() {
        return validRows;
    }

    String rowsCsv() {
        return rowsCsv;
    }

    String rejected() {
        return rejected;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
