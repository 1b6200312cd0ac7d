package nl.naober.platform.socialmap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Component;

/**
 * Reads an entry from a request, a form or a CSV row: every field checked, every problem a Dutch
 * message at its field, all at once. The villages are those of the municipality, and a supporter
 * chooses among her own; villages of others that the entry already serves stay as they are.
 */
@Component
class EntryReader {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_WEBSITE = 300;
    static final int MAX_ADDRESS = 200;
    static final int MAX_OPENING_HOURS = 500;
    static final int MAX_SOURCE = 200;

    private final InputReader input;
    private final VillageDirectory villages;
    private final Labels labels;

    EntryReader(InputReader input, VillageDirectory villages, Labels labels) {
        this.input = input.withRequiredMessages("socialmap.required.");
        this.villages = villages;
        this.labels = labels;
    }

    /**
     * The entry's facts; errors are collected in {@code errors} (the facts are {@code null} then).
     *
     * @param maintainer who is saving it (her own villages, or all for the administrator)
     * @param existing   the villages the entry serves now (empty for a new entry)
     */
    EntryFacts read(SocialMapRequests.EntryRequest request, Maintainer maintainer, Set<UUID> existing,
            InvalidInputException.Collector errors) {
        int before = errors.violations().size();
        EntryKind kind = input.requiredCode("kind", EntryKind.class, request.kind(), errors);
        String name = input.requiredText("name", request.name(), MAX_NAME, errors);
        String description = input.optionalText("description", request.description(), MAX_DESCRIPTION, errors);
        Set<Category> categories = input.codes("categories", Category.class, nonNull(request.categories()), errors);
        if (request.categories() == null || request.categories().isEmpty()) {
            input.missing("categories", errors);
        }
        Set<TargetGroup> groups = input.codes("targetGroups", TargetGroup.class, nonNull(request.targetGroups()),
                errors);
        if (request.targetGroups() == null || request.targetGroups().isEmpty()) {
            input.missing("targetGroups", errors);
        }
        String phone = input.optionalPhone("phone", request.phone(), errors);
        String email = input.optionalEmail("email", request.email(), errors);
        String website = website(request.website(), errors);
        String address = input.optionalText("address", request.address(), MAX_ADDRESS, errors);
        String openingHours = input.optionalText("openingHours", request.openingHours(), MAX_OPENING_HOURS, errors);
        boolean whole = Boolean.TRUE.equals(request.wholeMunicipality());
        Set<UUID> served = villages(request, whole, maintainer, existing, errors);
        Visibility visibility = input.requiredCode("visibility", Visibility.class, request.visibility(), errors);
        String source = input.optionalText("source", request.source(), MAX_SOURCE, errors);
        if (errors.violations().size() > before) {
            return null;
        }
        String searchTerms = Stream.concat(Stream.of(labels.dutch("socialmap.kind.", kind)),
                Stream.concat(categories.stream().map(c -> labels.dutch("socialmap.category.", c)),
                        groups.stream().map(g -> labels.dutch("socialmap.target-group.", g))))
                .collect(Collectors.joining(" "));
        return new EntryFacts(kind, name, description, categories, groups, phone, email, website, address,
                openingHours, whole, served, visibility == Visibility.PUBLIC, source, searchTerms);
    }

    private Set<UUID> villages(SocialMapRequests.EntryRequest request, boolean whole, Maintainer maintainer,
            Set<UUID> existing, InvalidInputException.Collector errors) {
        List<UUID> requested = nonNull(request.villages());
        if (whole) {
            if (!requested.isEmpty()) {
                errors.add("villages", input.text("socialmap.villages.and-whole"));
            }
            return Set.of();
        }
        if (requested.isEmpty() || requested.contains(null)) {
            input.missing("villages", errors);
            return Set.of();
        }
        Set<UUID> active = villages.findAll(requested).stream().filter(VillageSummary::active)
                .map(VillageSummary::id).collect(Collectors.toSet());
        Set<UUID> served = new HashSet<>();
        for (UUID village : new HashSet<>(requested)) {
            if (!active.contains(village)) {
                errors.add("villages", input.text("socialmap.villages.unknown"));
                return Set.of();
            }
            if (!maintainer.mayChoose(village) && !existing.contains(village)) {
                errors.add("villages", input.text("socialmap.villages.not-yours"));
                return Set.of();
            }
            served.add(village);
        }
        // a supporter cannot take a village of a colleague off an entry: it is not on her form
        existing.stream().filter(v -> !maintainer.mayChoose(v)).forEach(served::add);
        return served;
    }

    /** A web address; {@code www.example.nl} becomes {@code https://www.example.nl}. */
    private String website(String raw, InvalidInputException.Collector errors) {
        String value = input.optionalText("website", raw, MAX_WEBSITE, errors);
        if (value == null) {
            return null;
        }
        String address = value.toLowerCase(Locale.ROOT).startsWith("http://")
                || value.toLowerCase(Locale.ROOT).startsWith("https://") ? value : "https://" + value;
        try {
            URI uri = new URI(address);
            if (uri.getHost() == null || !uri.getHost().contains(".") || address.length() > MAX_WEBSITE) {
                errors.add("website", input.text("socialmap.website.invalid"));
            }
        } catch (URISyntaxException e) {
            errors.add("website", input.text("socialmap.website.invalid"));
        }
        return address;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
