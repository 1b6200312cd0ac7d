package nl.naober.platform.socialmap;

import java.util.List;
import java.util.UUID;

/**
 * The entry form as submitted: {@link SocialMapRequests.EntryRequest} with the villages as text and
 * {@code scope} ({@code whole}: the whole municipality; {@code villages}: the ones ticked), so that
 * whatever was chosen is shown again after an error.
 */
record EntryForm(String kind, String name, String description, List<String> categories, List<String> targetGroups,
        String phone, String email, String website, String address, String openingHours, String scope,
        List<String> villages, String visibility, String source) {

    static final String WHOLE = "whole";
    static final String VILLAGES = "villages";
    /** A village value that is no id: passed on as an id no municipality has, so the reader names it. */
    private static final UUID NOT_AN_ID = new UUID(0, 0);

    static EntryForm empty(UUID village) {
        return new EntryForm(null, null, null, List.of(), List.of(), null, null, null, null, null,
                village == null ? null : VILLAGES, village == null ? List.of() : List.of(village.toString()), null,
                null);
    }

    static EntryForm of(SocialMapResponses.EntryView entry) {
        return new EntryForm(entry.kind(), entry.name(), entry.description(), entry.categories(),
                entry.targetGroups(), entry.phone(), entry.email(), entry.website(), entry.address(),
                entry.openingHours(), entry.wholeMunicipality() ? WHOLE : VILLAGES,
                entry.villages().stream().map(v -> v.id().toString()).toList(), entry.visibility(), entry.source());
    }

    /** The request the API takes too, so the reader's checks are the only ones. */
    SocialMapRequests.EntryRequest toRequest() {
        boolean whole = WHOLE.equals(scope);
        List<UUID> chosen = villages == null || whole ? List.of()
                : villages.stream().map(EntryForm::id).toList();
        return new SocialMapRequests.EntryRequest(kind, name, description, categories, targetGroups, phone, email,
                website, address, openingHours, scope == null ? null : whole, chosen, visibility, source);
    }

    private static UUID id(String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return NOT_AN_ID;
        }
    }
}
