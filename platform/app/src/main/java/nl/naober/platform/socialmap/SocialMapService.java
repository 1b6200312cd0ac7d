package nl.naober.platform.socialmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social map: entries saved, changed and verified by the supporters of the villages they serve
 * and by the municipal administrator, read by them and by policy officers and sounding-board
 * members, searched with full-text search. A request with any invalid field saves nothing. Nothing
 * here is personal data, so nothing is audited.
 */
@Service
@Transactional
class SocialMapService {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final SocialMapEntryRepository entries;
    private final SocialMapSettingsRepository settings;
    private final EntrySearch search;
    private final EntryReader reader;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    SocialMapService(SocialMapEntryRepository entries, SocialMapSettingsRepository settings, EntrySearch search,
            EntryReader reader, CurrentColleague colleague, VillageDirectory villages, InputReader input,
            Clock clock) {
        this.entries = entries;
        this.settings = settings;
        this.search = search;
        this.reader = reader;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input;
        this.clock = clock;
    }

    SocialMapResponses.EntryView create(SocialMapRequests.EntryRequest request) {
        Maintainer maintainer = maintainer();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        EntryFacts facts = reader.read(request, maintainer, Set.of(), errors);
        errors.throwIfAny();
        SocialMapEntry entry = entries.saveAndFlush(new SocialMapEntry(UUID.randomUUID(), facts,
                verification(maintainer), clock.instant()));
        return view(entry, maintainer, staleBefore());
    }

    /** Replaces the entry's fields; saving it counts as verifying it. */
    SocialMapResponses.EntryView update(UUID id, SocialMapRequests.EntryRequest request) {
        Maintainer maintainer = maintainer();
        SocialMapEntry entry = changeable(id, maintainer);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        EntryFacts facts = reader.read(request, maintainer, entry.villages(), errors);
        errors.throwIfAny();
        entry.change(facts, clock.instant());
        entry.verify(verification(maintainer));
        return view(entries.saveAndFlush(entry), maintainer, staleBefore());
    }

    /** "Bijgewerkt": the entry was checked and is still right. */
    SocialMapResponses.EntryView verify(UUID id) {
        Maintainer maintainer = maintainer();
        SocialMapEntry entry = changeable(id, maintainer);
        entry.verify(verification(maintainer));
        return view(entries.saveAndFlush(entry), maintainer, staleBefore());
    }

    @Transactional(readOnly = true)
    SocialMapResponses.EntryView show(UUID id) {
        return view(require(id), currentMaintainer().orElse(null), staleBefore());
    }

    /**
     * Entries matching the search words and every filter given; {@code stale} only those not
     * verified within the municipality's period. Unknown codes are refused at their parameter.
     */
    @Transactional(readOnly = true)
    List<SocialMapResponses.EntryView> search(String words, String category, String targetGroup, UUID village,
            boolean stale) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Optional<Category> wantedCategory = category == null || category.isBlank() ? Optional.empty()
                : input.code("category", Category.class, category, errors);
        Optional<TargetGroup> wantedGroup = targetGroup == null || targetGroup.isBlank() ? Optional.empty()
                : input.code("targetGroup", TargetGroup.class, targetGroup, errors);
        String typed = input.optionalText("q", words, 200, errors);
        errors.throwIfAny();
        Instant staleBefore = staleBefore();
        List<UUID> found = search.find(new EntrySearch.Criteria(typed, wantedCategory.map(CodedValue::code).orElse(null),
                wantedGroup.map(CodedValue::code).orElse(null), village, stale ? staleBefore : null, false,
                readableVillages().orElse(null)));
        Maintainer maintainer = currentMaintainer().orElse(null);
        Map<UUID, String> names = villageNames();
        return inOrder(found).stream().map(e -> view(e, maintainer, staleBefore, names)).toList();
    }

    /**
     * The stale entries the signed-in supporter looks after: serving one of her villages or the whole
     * municipality, longest unverified first.
     */
    @Transactional(readOnly = true)
    List<SocialMapResponses.EntryView> staleOfMine(Colleague supporter) {
        Set<UUID> own = CurrentColleague.activeVillageIds(supporter);
        Instant staleBefore = staleBefore();
        Maintainer maintainer = new Maintainer(supporter.memberId(), Role.SUPPORTER, own);
        Map<UUID, String> names = villageNames();
        return entries.findAllById(search.find(new EntrySearch.Criteria(null, null, null, null, staleBefore, false, own)))
                .stream().filter(e -> e.servesAny(own))
                .sorted(Comparator.comparing(SocialMapEntry::lastVerifiedAt))
                .map(e -> view(e, maintainer, staleBefore, names)).toList();
    }

    @Transactional(readOnly = true)
    SocialMapResponses.SettingsView showSettings() {
        SocialMapSettings current = settings();
        return new SocialMapResponses.SettingsView(current.staleAfterMonths(), current.updatedAt());
    }

    SocialMapResponses.SettingsView changeSettings(SocialMapRequests.SettingsChange request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer months = input.withRequiredMessages("socialmap.required.").requiredNumber("staleAfterMonths",
                request.staleAfterMonths(), 1, 60, errors);
        errors.throwIfAny();
        SocialMapSettings current = settings();
        current.change(months, Caller.current().map(Caller::subject).orElse("system"), clock.instant());
        settings.saveAndFlush(current);
        return showSettings();
    }

    /** The moment before which a verification is too old. */
    Instant staleBefore() {
        return clock.instant().atZone(DUTCH_TIME).minusMonths(settings().staleAfterMonths()).toInstant();
    }

    /** The signed-in maintainer; 403 for anyone who only reads. */
    Maintainer maintainer() {
        return currentMaintainer().orElseThrow(() -> new AccessDeniedException("not a maintainer of the social map"));
    }

    Optional<Maintainer> currentMaintainer() {
        Optional<Caller> caller = Caller.current();
        if (caller.map(c -> c.has(Role.MUNICIPAL_ADMIN)).orElse(false)) {
            return Optional.of(new Maintainer(colleague.find().map(Colleague::memberId).orElse(null),
                    Role.MUNICIPAL_ADMIN, Set.of()));
        }
        return colleague.find().filter(c -> c.role() == Role.SUPPORTER)
                .map(c -> new Maintainer(c.memberId(), Role.SUPPORTER, CurrentColleague.activeVillageIds(c)));
    }

    SocialMapEntry.Verification verification(Maintainer maintainer) {
        return new SocialMapEntry.Verification(clock.instant(), maintainer.memberId(), maintainer.role());
    }

    /** An entry the caller may read; for a village-bound reader one serving her villages, else "not found". */
    SocialMapEntry require(UUID id) {
        Optional<Set<UUID>> readable = readableVillages();
        return entries.findById(id).filter(e -> readable.map(e::servesAny).orElse(true))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("socialmap.not-found", id)));
    }

    /**
     * The villages whose entries the caller reads: all (empty) for the municipal administrator and
     * policy officers, who work for the whole municipality; her own active villages for a supporter or
     * sounding-board member, who see what serves them (and what serves the whole municipality).
     */
    Optional<Set<UUID>> readableVillages() {
        if (Caller.current().map(c -> c.has(Role.MUNICIPAL_ADMIN) || c.has(Role.POLICY_OFFICER)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(colleague.find().map(CurrentColleague::activeVillageIds).orElse(Set.of()));
    }

    /** An entry she may change: 404 when there is none, 403 when it serves none of her villages. */
    private SocialMapEntry changeable(UUID id, Maintainer maintainer) {
        SocialMapEntry entry = require(id);
        if (!maintainer.mayChange(entry)) {
            throw new AccessDeniedException("the entry serves none of the supporter's villages");
        }
        return entry;
    }

    List<SocialMapEntry> inOrder(List<UUID> ids) {
        Map<UUID, SocialMapEntry> byId = entries.findAllById(ids).stream()
                .collect(Collectors.toMap(SocialMapEntry::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    SocialMapResponses.EntryView view(SocialMapEntry entry, Maintainer maintainer, Instant staleBefore) {
        return view(entry, maintainer, staleBefore, villageNames());
    }

    /** The entry as the API shows it; {@code names}: the municipality's village names by id. */
    SocialMapResponses.EntryView view(SocialMapEntry entry, Maintainer maintainer, Instant staleBefore,
            Map<UUID, String> names) {
        List<SocialMapResponses.VillageRef> served = entry.villages().stream().filter(names::containsKey)
                .map(v -> new SocialMapResponses.VillageRef(v, names.get(v)))
                .sorted(Comparator.comparing(SocialMapResponses.VillageRef::name)).toList();
        return new SocialMapResponses.EntryView(entry.id(), CodedValue.code(entry.kind()), entry.name(),
                entry.description(), entry.categories().stream().sorted().toList(),
                entry.targetGroups().stream().sorted().toList(), entry.phone(), entry.email(), entry.website(),
                entry.address(), entry.openingHours(), entry.wholeMunicipality(), served,
                CodedValue.code(entry.publicEntry() ? Visibility.PUBLIC : Visibility.INTERNAL), entry.source(),
                entry.lastVerifiedAt(), LocalDate.ofInstant(entry.lastVerifiedAt(), DUTCH_TIME),
                entry.lastVerifiedRole() == null ? null : entry.lastVerifiedRole().code(),
                entry.lastVerifiedAt().isBefore(staleBefore), maintainer != null && maintainer.mayChange(entry));
    }

    private SocialMapSettings settings() {
        return settings.findById(SocialMapSettings.ID)
                .orElseThrow(() -> new IllegalStateException("no social map settings"));
    }

    /** Village names by id, for pages and the export. */
    Map<UUID, String> villageNames() {
        return villages.all().stream().collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }
}
