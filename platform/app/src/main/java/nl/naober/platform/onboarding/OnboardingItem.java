package nl.naober.platform.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.naober.kernel.Competence;

/** One item of the municipality's onboarding checklist, optionally for a competence of the job profile. */
@Entity
@Table(name = "onboarding_item")
class OnboardingItem {

    @Id
    private UUID id;

    private String title;

    @Enumerated(EnumType.STRING)
    private Competence competence;

    private int position;

    private Instant retiredAt;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected OnboardingItem() {
    }

    OnboardingItem(UUID id, String title, Competence competence, int position, Instant now) {
        this.id = id;
        this.title = title;
        this.competence = competence;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String newTitle, Competence newCompetence, boolean retired, Instant now) {
        title = newTitle;
        competence = newCompetence;
        if (retired && retiredAt == null) {
            retiredAt = now;
        } else if (!retired) {
            retiredAt = null;
        }
        updatedAt = now;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    Competence competence() {
        return competence;
    }

    int position() {
        return position;
    }

    boolean retired() {
        return retiredAt != null;
    }
}
