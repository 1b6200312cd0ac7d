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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.Competence;
import nl.naober.platform.privacy.EncryptedText;

/** A course or training a supporter attended: what the municipality funds and sees. */
@Entity
@Table(name = "training")
class Training {

    @Id
    private UUID id;

    private UUID memberId;

    private String title;

    private String provider;

    private LocalDate attendedOn;

    private BigDecimal hours;

    @Column(name = "certificate_enc")
    @Convert(converter = EncryptedText.class)
    private String certificate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_competence", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "competence")
    @Enumerated(EnumType.STRING)
    private Set<Competence> competences = EnumSet.noneOf(Competence.class);

    private Instant createdAt;

    protected Training() {
    }

    Training(UUID id, UUID memberId, TrainingFacts facts, Instant now) {
        this.id = id;
        this.memberId = memberId;
        this.title = facts.title();
        this.provider = facts.provider();
        this.attendedOn = facts.attendedOn();
        this.hours = facts.hours();
        this.certificate = facts.certificate();
        this.competences = facts.competences().isEmpty() ? EnumSet.noneOf(Competence.class)
                : EnumSet.copyOf(facts.competences());
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID memberId() {
        return memberId;
    }

    TrainingFacts facts() {
        return new TrainingFacts(title, provider, attendedOn, hours, certificate, Set.copyOf(competences));
    }
}
