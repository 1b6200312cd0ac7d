package nl.naober.platform.socialmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** After how many months without verification an entry counts as stale (default 12). */
@Entity
@Table(name = "social_map_settings")
class SocialMapSettings {

    /** The municipality's only row (each municipality has its own schema). */
    static final int ID = 1;

    @Id
    private int id;

    private int staleAfterMonths;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected SocialMapSettings() {
    }

    void change(int months, String by, Instant now) {
        staleAfterMonths = months;
        updatedBy = by;
        updatedAt = now;
    }

    int staleAfterMonths() {
        return staleAfterMonths;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
