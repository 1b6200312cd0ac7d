package nl.naober.platform.socialmap;

import java.util.List;

/**
 * A public entry as residents see it, with its texts in the reader's language: what it is, what it
 * offers, for whom and how to reach it. Nothing about who verified it.
 */
public record PublicSocialMapEntry(String name, String kind, String description, List<String> categories,
        List<String> targetGroups, String phone, String email, String website, String address,
        String openingHours) {

    public PublicSocialMapEntry {
        categories = List.copyOf(categories);
        targetGroups = List.copyOf(targetGroups);
    }
}
