package nl.naober.platform.contacts;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;
import nl.naober.platform.privacy.EncryptedText;

/**
 * One contact with a resident (or an anonymous one): when, how, about what, what was noticed,
 * which route was taken, how long it took and for which function of the village's profile it
 * counts, and whether the supporter follows it up.
 */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    private UUID id;

    private UUID villageId;

    private UUID residentId;

    private UUID supporterId;

    private LocalDate contactDate;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Route route;

    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_code")
    private ProfileFunction function;

    @Column(name = "summary_enc")
    @Convert(converter = EncryptedText.class)
    private String summary;

    private LocalDate followUpOn;

    private Instant followUpDoneAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_theme_link", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "theme_id")
    private Set<UUID> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_noticed_signal", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "signal")
    @Enumerated(EnumType.STRING)
    private Set<NoticedSignal> noticedSignals = EnumSet.noneOf(NoticedSignal.class);

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Contact() {
    }

    Contact(UUID id, UUID villageId, UUID residentId, UUID supporterId, ContactFacts facts, Instant now) {
        this.id = id;
        this.villageId = villageId;
        this.residentId = residentId;
        this.supporterId = supporterId;
        this.contactDate = facts.date();
        this.channel = facts.channel();
        this.route = facts.route();
        this.minutes = facts.minutes();
        this.function = facts.function();
        this.summary = facts.summary();
        this.followUpOn = facts.followUpOn();
        this.themes = new HashSet<>(facts.themes());
        this.noticedSignals = facts.noticedSignals().isEmpty() ? EnumSet.noneOf(NoticedSignal.class)
                : EnumSet.copyOf(facts.noticedSignals());
        this.createdAt = now;
        this.updatedAt = now;
    }

    void completeFollowUp(Instant now) {
        if (followUpDoneAt == null) {
            followUpDoneAt = now;
            updatedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID villageId() {
        return villageId;
    }

    UUID residentId() {
        return residentId;
    }

    UUID supporterId() {
        return supporterId;
    }

    LocalDate contactDate() {
        return contactDate;
    }

    Channel channel() {
        return channel;
    }

    Route route() {
        return route;
    }

    int minutes() {
        return minutes;
    }

    ProfileFunction function() {
        return function;
    }

    String summary() {
        return summary;
    }

    LocalDate followUpOn() {
        return followUpOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant followUpDoneAt() {
        return followUpDoneAt;
    }

    Set<UUID> themes() {
        return Set.copyOf(themes);
    }

    Set<NoticedSignal> noticedSignals() {
        return noticedSignals.isEmpty() ? EnumSet.noneOf(NoticedSignal.class) : EnumSet.copyOf(noticedSignals);
    }
}
