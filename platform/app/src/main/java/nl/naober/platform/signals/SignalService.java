package nl.naober.platform.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.contacts.ContactStatistics;
import nl.naober.platform.contacts.ContactThemes;
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
 * Raising, reading, answering and closing signals, and suggesting new ones. Signals hold no
 * personal data by design, so reading them is not audited; the contacts they are built on are
 * checked through the contacts module (ids only) and never read here.
 */
@Service
@Transactional
class SignalService {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    static final int MAX_RESIDENTS = 100_000;

    private final SignalRepository signals;
    private final SignalResponseRepository responses;
    private final SignalSettingsRepository settings;
    private final SignalReaders readers;
    private final ContactThemes themes;
    private final ContactLookup contacts;
    private final ContactStatistics statistics;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    SignalService(SignalRepository signals, SignalResponseRepository responses, SignalSettingsRepository settings,
            SignalReaders readers, ContactThemes themes, ContactLookup contacts, ContactStatistics statistics,
            CurrentColleague colleague, VillageDirectory villages, InputReader input, Clock clock) {
        this.signals = signals;
        this.responses = responses;
        this.settings = settings;
        this.readers = readers;
        this.themes = themes;
        this.contacts = contacts;
        this.statistics = statistics;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input.withRequiredMessages("signal.required.");
        this.clock = clock;
    }

    SignalResponses.SignalView raise(SignalRequests.NewSignal request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        VillageSummary village = colleague.villageForNewRecord(request.village()).orElse(null);
        if (village == null) {
            errors.add("village", input.text(request.village() == null ? "signal.required.village"
                    : "signal.village.not-yours"));
        }
        String theme = null;
        if (request.theme() == null || request.theme().isBlank()) {
            input.missing("theme", errors);
        } else {
            theme = themes.active(request.theme()).map(ContactThemes.ThemeSummary::code).orElse(null);
            if (theme == null) {
                errors.add("theme", input.text("input.unknown-choice", InputReader.abbreviated(request.theme())));
            }
        }
        String title = input.requiredText("title", request.title(), MAX_TITLE, errors);
        String description = input.requiredText("description", request.description(), MAX_TEXT, errors);
        Integer estimated = input.requiredNumber("estimatedResidents", request.estimatedResidents(), 1, MAX_RESIDENTS,
                errors);
        Addressee addressee = input.requiredCode("addressee", Addressee.class, request.addressee(), errors);
        String addresseeName = input.optionalText("addresseeName", request.addresseeName(), MAX_NAME, errors);
        if (addressee == Addressee.OTHER && addresseeName == null) {
            input.missing("addresseeName", errors);
        }
        Set<UUID> linked = linkedContacts(request.contacts(), village, errors);
        errors.throwIfAny();

        CollectiveSignal signal = signals.saveAndFlush(new CollectiveSignal(UUID.randomUUID(), village.id(),
                supporter.memberId(), new SignalFacts(theme, title, description, estimated, addressee, addresseeName,
                        linked), input.today(), clock.instant()));
        return view(signal, readers.current());
    }

    /** Signals of the villages the reader may see: open ones first, then newest first. */
    @Transactional(readOnly = true)
    List<SignalResponses.SignalListItem> list() {
        SignalReaders.Reader reader = readers.current();
        if (reader.villages().isEmpty()) {
            return List.of();
        }
        List<CollectiveSignal> found = signals.findAllByVillageIdIn(reader.villages());
        Map<UUID, Long> answers = responses.findAllBySignalIdIn(found.stream().map(CollectiveSignal::id).toList())
                .stream().collect(Collectors.groupingBy(SignalResponse::signalId, Collectors.counting()));
        Map<UUID, String> names = villageNames(found.stream().map(CollectiveSignal::villageId).toList());
        Map<String, String> labels = themeLabels();
        return found.stream()
                .sorted(Comparator.comparing((CollectiveSignal s) -> !s.open())
                        .thenComparing(CollectiveSignal::raisedOn, Comparator.reverseOrder())
                        .thenComparing(CollectiveSignal::createdAt, Comparator.reverseOrder()))
                .map(s -> new SignalResponses.SignalListItem(s.id(), s.villageId(), names.get(s.villageId()),
                        s.themeCode(), labels.getOrDefault(s.themeCode(), s.themeCode()), s.title(),
                        s.estimatedResidents(), CodedValue.code(s.addressee()), CodedValue.code(s.status()),
                        s.raisedOn(), s.contacts().size(), answers.getOrDefault(s.id(), 0L).intValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    SignalResponses.SignalView show(UUID id) {
        SignalReaders.Reader reader = readers.current();
        return view(require(id, reader), reader);
    }

    SignalResponses.SignalView respond(UUID id, SignalRequests.NewResponse request) {
        SignalReaders.Reader reader = readers.current();
        if (!reader.mayRespond()) {
            throw new AccessDeniedException("only the municipality and the sounding-board group respond");
        }
        CollectiveSignal signal = require(id, reader);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String text = input.requiredText("text", request.text(), MAX_TEXT, errors);
        String name = input.optionalText("name", request.name(), MAX_NAME, errors);
        errors.throwIfAny();
        if (!signal.open()) {
            throw new ResourceConflictException("text", input.text("signal.closed"));
        }
        responses.saveAndFlush(new SignalResponse(UUID.randomUUID(), signal.id(), reader.role().code(),
                name == null ? reader.name() : name, reader.memberId(), text, clock.instant()));
        signal.answered(clock.instant());
        signals.saveAndFlush(signal);
        return view(signal, reader);
    }

    /** Closes a signal of her village; closing a closed signal changes nothing. */
    SignalResponses.SignalView close(UUID id, SignalRequests.Closure request) {
        SignalReaders.Reader reader = readers.current();
        if (!reader.supporter()) {
            throw new AccessDeniedException("only the supporter closes a signal");
        }
        CollectiveSignal signal = require(id, reader);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String note = input.optionalText("note", request == null ? null : request.note(), MAX_TEXT, errors);
        errors.throwIfAny();
        if (signal.open()) {
            signal.close(note, clock.instant());
            signals.saveAndFlush(signal);
        }
        return view(signal, reader);
    }

    /**
     * Themes that recur in her villages: at least the threshold of contacts in the period (ending
     * today), without an open signal for that village and theme; most contacts first.
     */
    @Transactional(readOnly = true)
    List<SignalResponses.Suggestion> suggestions() {
        Set<UUID> own = colleague.supporterVillageIds();
        if (own.isEmpty()) {
            return List.of();
        }
        SignalSettings current = settings();
        LocalDate to = input.today();
        LocalDate from = to.minusDays(current.periodDays() - 1L);
        Set<String> covered = signals.findAllByVillageIdInAndStatusNot(own, SignalStatus.CLOSED).stream()
                .map(s -> s.villageId() + "/" + s.themeCode()).collect(Collectors.toSet());
        Map<UUID, String> names = villageNames(own);
        Map<String, String> labels = themeLabels();
        return statistics.countByTheme(own, from, to).stream()
                .filter(c -> c.contacts() >= current.threshold() && !covered.contains(c.village() + "/" + c.theme()))
                .sorted(Comparator.comparingLong(ContactStatistics.ThemeCount::contacts).reversed()
                        .thenComparing(ContactStatistics.ThemeCount::theme))
                .map(c -> new SignalResponses.Suggestion(c.village(), names.get(c.village()), c.theme(),
                        labels.getOrDefault(c.theme(), c.theme()), c.contacts(), from, to, current.threshold(),
                        input.text("signal.privacy-hint")))
                .toList();
    }

    @Transactional(readOnly = true)
    SignalResponses.SettingsView showSettings() {
        return SignalResponses.SettingsView.of(settings());
    }

    SignalResponses.SettingsView changeSettings(SignalRequests.SettingsChange request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer threshold = input.requiredNumber("threshold", request.threshold(), 2, 1000, errors);
        Integer periodDays = input.requiredNumber("periodDays", request.periodDays(), 7, 365, errors);
        errors.throwIfAny();
        SignalSettings current = settings();
        current.change(threshold, periodDays, Caller.current().map(Caller::subject).orElse("system"),
                clock.instant());
        return SignalResponses.SettingsView.of(settings.saveAndFlush(current));
    }

    private SignalSettings settings() {
        return settings.findById(SignalSettings.ID).orElseThrow(() -> new IllegalStateException("no signal settings"));
    }

    /** The contacts asked for, each one a contact of the signal's village; else errors at {@code contacts}. */
    private Set<UUID> linkedContacts(List<UUID> requested, VillageSummary village,
            InvalidInputException.Collector errors) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        for (UUID id : requested) {
            if (id == null) {
                errors.add("contacts", input.text("signal.contacts.not-in-village"));
                return Set.of();
            }
            wanted.add(id);
        }
        if (wanted.size() > 1000) {
            errors.add("contacts", input.text("signal.contacts.too-many", 1000));
            return Set.of();
        }
        Set<UUID> inVillage = new HashSet<>();
        if (village != null) {
            contacts.findAccessible(wanted).stream().filter(c -> c.villageId().equals(village.id()))
                    .forEach(c -> inVillage.add(c.id()));
        }
        if (village != null && !inVillage.containsAll(wanted)) {
            errors.add("contacts", input.text("signal.contacts.not-in-village"));
        }
        return inVillage;
    }

    /** A signal of a village the reader may see; anywhere else "not found". */
    private CollectiveSignal require(UUID id, SignalReaders.Reader reader) {
        return signals.findById(id).filter(s -> reader.villages().contains(s.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("signal.not-found", id)));
    }

    private SignalResponses.SignalView view(CollectiveSignal signal, SignalReaders.Reader reader) {
        List<SignalResponses.ResponseView> answers = responses.findAllBySignalIdOrderByCreatedAt(signal.id()).stream()
                .map(SignalResponses.ResponseView::of).toList();
        List<UUID> contactIds = reader.supporter() ? signal.contacts().stream().sorted().toList() : null;
        return new SignalResponses.SignalView(signal.id(), signal.villageId(),
                villageNames(List.of(signal.villageId())).get(signal.villageId()), signal.themeCode(),
                themeLabels().getOrDefault(signal.themeCode(), signal.themeCode()), signal.title(),
                signal.description(), signal.estimatedResidents(), CodedValue.code(signal.addressee()),
                signal.addresseeName(), CodedValue.code(signal.status()), signal.raisedOn(), signal.closedAt(),
                signal.closingNote(), signal.contacts().size(), contactIds, answers, input.text("signal.privacy-hint"));
    }

    private Map<UUID, String> villageNames(Collection<UUID> ids) {
        return villages.findAll(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private Map<String, String> themeLabels() {
        return themes.all().stream().collect(Collectors.toMap(ContactThemes.ThemeSummary::code,
                ContactThemes.ThemeSummary::label, (a, b) -> a));
    }
}
