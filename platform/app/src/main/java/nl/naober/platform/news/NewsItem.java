package nl.naober.platform.news;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A short news item of the municipality for its supporters. */
@Entity
@Table(name = "news_item")
class NewsItem {

    @Id
    private UUID id;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private NewsTopic topic;

    @Enumerated(EnumType.STRING)
    private NewsScope scope;

    private String link;

    private LocalDate publishOn;

    private LocalDate showUntil;

    private boolean allVillages;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_village", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "village_id")
    private Set<UUID> villages = new HashSet<>();

    private Instant withdrawnAt;

    private UUID createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected NewsItem() {
    }

    NewsItem(UUID id, NewsFacts facts, UUID createdBy, Instant now) {
        this.id = id;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(facts, now);
    }

    final void change(NewsFacts facts, Instant now) {
        title = facts.title();
        body = facts.body();
        topic = facts.topic();
        scope = facts.scope();
        link = facts.link();
        publishOn = facts.publishOn();
        showUntil = facts.showUntil();
        allVillages = facts.villages().isEmpty();
        villages.clear();
        villages.addAll(facts.villages());
        updatedAt = now;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            updatedAt = now;
        }
    }

    /** Whether readers see it today: published, not ended, not withdrawn. */
    boolean shownOn(LocalDate day) {
        return withdrawnAt == null && !publishOn.isAfter(day) && (showUntil == null || !showUntil.isBefore(day));
    }

    /** Whether it is for one of these villages (an item for all villages is for every one). */
    boolean forAnyOf(Set<UUID> readerVillages) {
        return allVillages || villages.stream().anyMatch(readerVillages::contains);
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    NewsTopic topic() {
        return topic;
    }

    NewsScope scope() {
        return scope;
    }

    String link() {
        return link;
    }

    LocalDate publishOn() {
        return publishOn;
    }

    LocalDate showUntil() {
        return showUntil;
    }

    Set<UUID> villages() {
        return Set.copyOf(villages);
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
