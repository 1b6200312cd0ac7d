package nl.naober.tenants;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "note")
class Note {
    @Id
    UUID id;
    String text;

    Note() {
    }

    Note(UUID id, String text) {
        this.id = id;
        this.text = text;
    }
}
