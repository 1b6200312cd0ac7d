package nl.naober.platform.socialmap;

import java.util.Set;
import java.util.UUID;

/** The validated content of an entry, as read from a request, a form or a CSV row. */
record EntryFacts(EntryKind kind, String name, String description, Set<Category> categories,
        Set<TargetGroup> targetGroups, String phone, String email, String website, String address,
        String openingHours, boolean wholeMunicipality, Set<UUID> villages, boolean publicEntry, String source,
        String searchTerms) {

    EntryFacts {
        categories = Set.copyOf(categories);
        targetGroups = Set.copyOf(targetGroups);
        villages = Set.copyOf(villages);
    }
}
