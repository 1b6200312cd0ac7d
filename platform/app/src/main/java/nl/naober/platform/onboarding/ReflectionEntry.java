package nl.naober.platform.onboarding;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.Competence;
import nl.naober.platform.privacy.EncryptedText;

/** An entry of a supporter's private reflection log (C1, C12). */
@Entity
@Table(name = "reflection_entry")
class ReflectionEntry {

    @Id
    private UUID id;

    private UUID memberId;

    private LocalDate writtenOn;

    @Column(name = "text_enc")
    @Convert(converter = EncryptedText.class)
    private String text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reflection_entry_competence", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "competence")
    @Enumerated(EnumType.STRING)
    private Set<Competence> competences = EnumSet.noneOf(Competence.class);

    private Instant createdAt;

    protected ReflectionEntry() {
    }

    ReflectionEntry(UUID id, UUID memberId, LocalDate writtenOn, String text, Set<Competence> competences,
            Instant now) {
        this.id = id;
        this.memberId = memberId;
        this.writtenOn = writtenOn;
        this.text = text;
        this.competences = competences.isEmpty() ? EnumSet.noneOf(Competence.class) : EnumSet.copyOf(competences);
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID memberId() {
        return memberId;
    }

    LocalDate writtenOn() {
        return writtenOn;
    }

    String text() {
        return text;
    }

    Set<Competence> competences() {
        return Set.copyOf(competences);
    }
}
