package nl.naober.platform.socialmap;

import java.util.List;
import java.util.UUID;

/** Request bodies of the social map. Codes are the kebab-case API codes of the fixed lists. */
final class SocialMapRequests {

    private SocialMapRequests() {
    }

    /**
     * An entry, new or changed (a change replaces every field). {@code villages} are the villages it
     * serves, or {@code wholeMunicipality} is {@code true}; {@code visibility} is {@code public}
     * (residents find it) or {@code internal}.
     */
    record EntryRequest(String kind, String name, String description, List<String> categories,
            List<String> targetGroups, String phone, String email, String website, String address,
            String openingHours, Boolean wholeMunicipality, List<UUID> villages, String visibility, String source) {
    }

    /** After how many months without verification an entry counts as stale. */
    record SettingsChange(Integer staleAfterMonths) {
    }
}
