package nl.naober.platform.socialmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's public API for referrals and the public pages, on the same search. */
@Component
@Transactional(readOnly = true)
class SocialMapDirectory implements SocialMapEntries, SocialMapSearch {

    private static final int MAX_WORDS = 200;

    private final SocialMapEntryRepository entries;
    private final EntrySearch search;
    private final SocialMapService service;
    private final InputReader input;

    SocialMapDirectory(SocialMapEntryRepository entries, EntrySearch search, SocialMapService service,
            InputReader input) {
        this.entries = entries;
        this.search = search;
        this.service = service;
        this.input = input;
    }

    @Override
    public Optional<SocialMapEntryReference> find(UUID id) {
        return entries.findById(id).map(SocialMapDirectory::reference);
    }

    @Override
    public List<SocialMapEntryReference> servingVillage(UUID village, String words) {
        return service.inOrder(search.find(new EntrySearch.Criteria(words(words), null, null, village, null, false, null)))
                .stream().map(SocialMapDirectory::reference).toList();
    }

    @Override
    public List<PublicSocialMapEntry> publicEntries(UUID village, String words, String category,
            String targetGroup) {
        String wantedCategory = blank(category) ? null : CodedValue.parse(Category.class, category)
                .map(CodedValue::code).orElse("-");
        String wantedGroup = blank(targetGroup) ? null : CodedValue.parse(TargetGroup.class, targetGroup)
                .map(CodedValue::code).orElse("-");
        return service.inOrder(search.find(new EntrySearch.Criteria(words(words), wantedCategory, wantedGroup,
                village, null, true, null))).stream().map(this::publicEntry).toList();
    }

    @Override
    public List<Choice> categories() {
        return Arrays.stream(Category.values()).map(c -> new Choice(CodedValue.code(c),
                input.text("socialmap.category." + CodedValue.code(c)))).toList();
    }

    @Override
    public List<Choice> targetGroups() {
        return Arrays.stream(TargetGroup.values()).map(g -> new Choice(CodedValue.code(g),
                input.text("socialmap.target-group." + CodedValue.code(g)))).toList();
    }

    private PublicSocialMapEntry publicEntry(SocialMapEntry entry) {
        return new PublicSocialMapEntry(entry.name(), input.text("socialmap.kind." + CodedValue.code(entry.kind())),
                entry.description(), entry.categories().stream().sorted()
                        .map(c -> input.text("socialmap.category." + c)).toList(),
                entry.targetGroups().stream().sorted().map(g -> input.text("socialmap.target-group." + g)).toList(),
                entry.phone(), entry.email(), entry.website(), entry.address(), entry.openingHours());
    }

    private static SocialMapEntryReference reference(SocialMapEntry entry) {
        return new SocialMapEntryReference(entry.id(), entry.name(), CodedValue.code(entry.kind()),
                entry.wholeMunicipality(), entry.villages());
    }

    /** Search words as typed, cut to a sane length; characters PostgreSQL cannot take are dropped. */
    private static String words(String raw) {
        if (blank(raw)) {
            return null;
        }
        String shown = raw.codePoints().filter(c -> c != 0 && Character.getType(c) != Character.SURROGATE)
                .limit(MAX_WORDS).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.isBlank() ? null : shown;
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
