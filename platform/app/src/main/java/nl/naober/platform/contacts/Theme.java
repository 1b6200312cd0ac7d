package nl.naober.platform.contacts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A theme of contacts, configured by the municipality (the list starts with the common ones). */
@Entity
@Table(name = "contact_theme")
class Theme {

    @Id
    private UUID id;

    private String code;

    private String label;

    private boolean active;

    private int position;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Theme() {
    }

    Theme(UUID id, String code, String label, int position, Instant now) {
        this.id = id;
        this.code = code;
        this.label = label;
        this.active = true;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String newLabel, Boolean newActive, Integer newPosition, Instant now) {
        if (newLabel != null) {
            label = newLabel;
        }
        if (newActive != null) {
            active = newActive;
        }
        if (newPosition != null) {
            position = newPosition;
        }
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    boolean active() {
        return active;
    }

    int position() {
        return position;
    }
}
