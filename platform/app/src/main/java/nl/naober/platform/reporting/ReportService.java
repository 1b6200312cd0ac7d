package nl.naober.platform.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of a year: a village's report (the supporter's own as it is, with her narrative;
 * everyone else's suppressed), the municipality's dashboard and a village's public annual report.
 * Each is one {@link ReportDocument} that the API, the pages, the PDF and the XLSX all show.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    static final int MAX_NARRATIVE = 4000;
    static final int FIRST_YEAR = 2000;

    private final List<FigureSource> sources;
    private final ReportTables tables;
    private final ReportReaders readers;
    private final VillageDirectory villages;
    private final ReportNarrativeRepository narratives;
    private final TenantRegistry tenants;
    private final InputReader input;
    private final Clock clock;

    ReportService(List<FigureSource> sources, ReportTables tables, ReportReaders readers, VillageDirectory villages,
            ReportNarrativeRepository narratives, TenantRegistry tenants, InputReader input, Clock clock) {
        this.sources = List.copyOf(sources);
        this.tables = tables;
        this.readers = readers;
        this.villages = villages;
        this.narratives = narratives;
        this.tenants = tenants;
        this.input = input.withRequiredMessages("reporting.required.");
        this.clock = clock;
    }

    /** The year asked for ({@code null} or blank: this year), from 2000 up to this year; else 400 at {@code year}. */
    int year(String raw) {
        int current = input.today().getYear();
        if (raw == null || raw.isBlank()) {
            return current;
        }
        try {
            int year = Integer.parseInt(raw.strip());
            if (year >= FIRST_YEAR && year <= current) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, like a year out of range
        }
        throw new InvalidInputException(List.of(new InvalidInputException.Violation("year",
                input.text("reporting.year.invalid", String.valueOf(FIRST_YEAR), String.valueOf(current)))));
    }

    /** The villages whose reports the caller reads, in name order. */
    List<VillageSummary> readable() {
        return villages.findAll(readers.current().villages());
    }

    /** Whether the caller reads the municipality's dashboard. */
    boolean readsDashboard() {
        return readers.current().readsDashboard();
    }

    /**
     * A village's report of a year: for its supporter every figure as it is, for the sounding
     * board, the administrator and the policy officer the municipal figures, suppressed. A village
     * the caller does not read is "not found".
     */
    ReportDocument village(UUID villageId, int year) {
        ReportReaders.Reader reader = readers.current();
        VillageSummary village = readableVillage(villageId, reader);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ReportDocument.Table> shown;
        if (reader.supporter()) {
            shown = tables.village(village, List.of(village), collect(Set.of(village.id()), from, to),
                    Figure.Audience.SUPPORTER, false);
        } else {
            List<VillageSummary> all = municipality(village);
            shown = tables.village(village, all, collect(ids(all), from, to), Figure.Audience.MUNICIPAL, true);
        }
        return new ReportDocument(input.text("reporting.village.title", village.name(), year),
                subtitle(from, to), narrative(village.id(), year).orElse(null), shown,
                reader.supporter() ? null : input.text("reporting.legend"), language());
    }

    /** The villages side by side, with trends per quarter: administrator and policy officer only. */
    ReportDocument dashboard(int year) {
        if (!readers.current().readsDashboard()) {
            throw new AccessDeniedException("only the administrator and policy officers read the dashboard");
        }
        List<VillageSummary> all = municipality(null);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ReportDocument.Table> shown = new ArrayList<>();
        if (!all.isEmpty()) {
            shown.addAll(tables.dashboard(all, collect(ids(all), from, to), trends(all, year)));
        }
        return new ReportDocument(input.text("reporting.dashboard.title", year), subtitle(from, to), null, shown,
                input.text("reporting.legend"), language());
    }

    /** A village's public annual report: the public figures, suppressed, and the narrative. */
    ReportDocument publicReport(String slug, String rawYear) {
        VillageSummary village = villages.findBySlug(slug).filter(VillageSummary::active)
                .orElseThrow(() -> new ResourceNotFoundException(input.text("reporting.village.not-found")));
        int year;
        try {
            year = year(rawYear);
        } catch (InvalidInputException e) {
            // an address that names no year of a report is a page that does not exist
            throw new ResourceNotFoundException(input.text("reporting.village.not-found"));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<VillageSummary> all = municipality(village);
        return new ReportDocument(input.text("reporting.public.title", village.name(), year), subtitle(from, to),
                narrative(village.id(), year).orElse(null),
                tables.village(village, all, collect(ids(all), from, to), Figure.Audience.PUBLIC, true),
                input.text("reporting.legend"), language());
    }

    /** The supporter writes (or, with a blank text, removes) her account of a village's year. */
    @Transactional
    Optional<String> writeNarrative(UUID villageId, ReportRequests.NarrativeChange request) {
        ReportReaders.Reader reader = readers.current();
        if (!reader.supporter()) {
            throw new AccessDeniedException("only the supporter writes the narrative");
        }
        VillageSummary village = readableVillage(villageId, reader);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer year = request.year();
        if (year == null) {
            input.missing("year", errors);
        } else if (year < FIRST_YEAR || year > input.today().getYear()) {
            errors.add("year", input.text("reporting.year.invalid", String.valueOf(FIRST_YEAR),
                    String.valueOf(input.today().getYear())));
        }
        String text = input.optionalText("text", request.text(), MAX_NARRATIVE, errors);
        errors.throwIfAny();
        Optional<ReportNarrative> existing = narratives.findByVillageIdAndYear(village.id(), year);
        if (text == null) {
            existing.ifPresent(narratives::delete);
            narratives.flush();
            return Optional.empty();
        }
        ReportNarrative narrative = existing.orElseGet(() -> new ReportNarrative(village.id(), year));
        narrative.write(text, reader.memberId(), clock.instant());
        narratives.saveAndFlush(narrative);
        return Optional.of(text);
    }

    Optional<String> narrative(UUID villageId, int year) {
        return narratives.findByVillageIdAndYear(villageId, year).map(ReportNarrative::text);
    }

    /** The figures of every source for these villages in the period. */
    List<Figure> collect(Collection<UUID> villageIds, LocalDate from, LocalDate to) {
        if (villageIds.isEmpty()) {
            return List.of();
        }
        FigureQuery query = new FigureQuery(Set.copyOf(villageIds), from, to);
        List<Figure> figures = new ArrayList<>();
        for (FigureSource source : sources) {
            figures.addAll(source.figures(query));
        }
        return figures;
    }

    /** Contacts and hours per quarter and village. */
    private List<ReportTables.Trend> trends(List<VillageSummary> all, int year) {
        BigDecimal[][] contacts = new BigDecimal[4][all.size()];
        BigDecimal[][] hours = new BigDecimal[4][all.size()];
        for (int q = 0; q < 4; q++) {
            LocalDate from = LocalDate.of(year, q * 3 + 1, 1);
            List<Figure> figures = collect(ids(all), from, from.plusMonths(3).minusDays(1));
            for (int v = 0; v < all.size(); v++) {
                UUID village = all.get(v).id();
                contacts[q][v] = sum(figures, village, Section.CONTACTS, ContactsTotal.KEY);
                hours[q][v] = sum(figures, village, Section.HOURS_BY_MAIN_FUNCTION, null);
            }
        }
        // the contacts of the four quarters add up to the contacts' total of the year
        return List.of(new ReportTables.Trend("contacts-per-quarter", input.text("reporting.trend.contacts"), contacts,
                        Figure.Unit.COUNT, Section.CONTACTS),
                new ReportTables.Trend("hours-per-quarter", input.text("reporting.trend.hours"), hours,
                        Figure.Unit.HOURS, null));
    }

    private static BigDecimal sum(List<Figure> figures, UUID village, Section section, String key) {
        return figures.stream().filter(f -> f.village().equals(village) && f.section() == section
                && (key == null || f.key().equals(key))).map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The municipality's active villages (and the one asked for), the columns of every outside view. */
    private List<VillageSummary> municipality(VillageSummary asked) {
        List<VillageSummary> all = new ArrayList<>(villages.all().stream().filter(VillageSummary::active).toList());
        if (asked != null && all.stream().noneMatch(v -> v.id().equals(asked.id()))) {
            all.add(asked);
        }
        return all;
    }

    private VillageSummary readableVillage(UUID villageId, ReportReaders.Reader reader) {
        if (villageId == null || !reader.villages().contains(villageId)) {
            throw new ResourceNotFoundException(input.text("reporting.village.not-found"));
        }
        return villages.findAll(Set.of(villageId)).stream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("reporting.village.not-found")));
    }

    private String subtitle(LocalDate from, LocalDate to) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale());
        String municipality = TenantContext.current().flatMap(tenants::find).map(Tenant::name).orElse("");
        return input.text("reporting.subtitle", municipality, dates.format(from), dates.format(to));
    }

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en-GB" : "nl-NL";
    }

    private static Set<UUID> ids(List<VillageSummary> list) {
        return list.stream().map(VillageSummary::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The key of the contacts total that the contacts module contributes (for the trends). */
    static final class ContactsTotal {
        static final String KEY = "total";

        private ContactsTotal() {
        }
    }
}
