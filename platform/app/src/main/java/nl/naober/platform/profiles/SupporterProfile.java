package nl.naober.platform.profiles;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A supporter's public profile. Not encrypted: she writes it to publish it (her work phone and
 * e-mail, her office hours); until she publishes it only she sees it.
 */
@Entity
@Table(name = "supporter_profile")
class SupporterProfile {

    @Id
    private UUID memberId;

    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supporter_profile_language", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    private String languagesOther;

    private String phone;

    private String email;

    private String officeHours;

    private boolean published;

    /** The re-encoded JPEG, small (at most {@link ProfilePhotos#MAX_SIDE} pixels a side). */
    private byte[] photo;

    private String photoEtag;

    private Instant updatedAt;

    @Version
    private long version;

    protected SupporterProfile() {
    }

    SupporterProfile(UUID memberId, String displayName, Instant now) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.updatedAt = now;
    }

    void change(ProfileRequests.ProfileFacts facts, Instant now) {
        this.displayName = facts.displayName();
        this.languages = facts.languages().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(facts.languages());
        this.languagesOther = facts.languagesOther();
        this.phone = facts.phone();
        this.email = facts.email();
        this.officeHours = facts.officeHours();
        this.published = facts.published();
        this.updatedAt = now;
    }

    void photo(byte[] jpeg, String etag, Instant now) {
        this.photo = jpeg;
        this.photoEtag = etag;
        this.updatedAt = now;
    }

    UUID memberId() {
        return memberId;
    }

    String displayName() {
        return displayName;
    }

    Set<Language> languages() {
        return languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
    }

    String languagesOther() {
        return languagesOther;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String officeHours() {
        return officeHours;
    }

    boolean published() {
        return published;
    }

    byte[] photoBytes() {
        return photo;
    }

    String photoEtag() {
        return photoEtag;
    }
}
