package nl.naober.platform.socialmap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.csv.CsvReader;
import nl.naober.platform.csv.CsvWriter;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing the social map from CSV in two steps that any replica can finish. An upload is checked
 * as a whole: a file that cannot be read (not UTF-8, too big, too many rows, a broken quote, a
 * wrong header) or has no valid row is refused (400, every problem listed, nothing saved); a file
 * whose rows are all valid is imported at once; otherwise the valid rows wait as a pending import
 * (a day) that its uploader confirms or discards, and the rejected rows are reported with line,
 * column and reason. Every import is one transaction: all of its rows, or none.
 */
@Service
@Transactional
class SocialMapImports {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 1000;
    static final Duration KEPT = Duration.ofHours(24);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final SocialMapService service;
    private final SocialMapEntryRepository entries;
    private final PendingImportRepository pending;
    private final EntryReader reader;
    private final VillageDirectory villages;
    private final Labels labels;
    private final InputReader input;
    private final Clock clock;

    SocialMapImports(SocialMapService service, SocialMapEntryRepository entries, PendingImportRepository pending,
            EntryReader reader, VillageDirectory villages, Labels labels, InputReader input, Clock clock) {
        this.service = service;
        this.entries = entries;
        this.pending = pending;
        this.reader = reader;
        this.villages = villages;
        this.labels = labels;
        this.input = input;
        this.clock = clock;
    }

    /** A data row read: its line, its raw cells (in the export's column order) and the entry or its problems. */
    private record CheckedRow(int line, List<String> cells, EntryFacts facts, Instant verifiedAt,
            List<SocialMapResponses.RejectedRow> rejected) {
    }

    SocialMapResponses.ImportView upload(byte[] file, String fileName) {
        Maintainer maintainer = service.maintainer();
        String uploader = uploader();
        List<CheckedRow> rows = check(file, maintainer);
        List<CheckedRow> valid = rows.stream().filter(r -> r.facts() != null).toList();
        List<SocialMapResponses.RejectedRow> rejected = rows.stream().flatMap(r -> r.rejected().stream()).toList();
        if (valid.isEmpty()) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            errors.add("file", input.text("socialmap.import.no-valid-rows"));
            rejected.forEach(r -> errors.add("rows[" + r.line() + "]." + r.column(), r.reason()));
            errors.throwIfAny();
        }
        if (rejected.isEmpty()) {
            save(valid, maintainer);
            return new SocialMapResponses.ImportView(null, "imported", valid.size(), valid.size(), List.of(), null);
        }
        Instant now = clock.instant();
        pending.deleteExpired(now);
        CsvWriter rowsCsv = new CsvWriter().row(SocialMapCsv.header());
        valid.forEach(r -> rowsCsv.row(r.cells()));
        CsvWriter rejectedCsv = new CsvWriter();
        rejected.forEach(r -> rejectedCsv.row(List.of(String.valueOf(r.line()), r.column(), r.reason())));
        PendingImport saved = pending.saveAndFlush(new PendingImport(UUID.randomUUID(), uploader,
                fileName == null ? null : InputReader.abbreviated(fileName.strip()), valid.size(),
                text(rowsCsv.bytes()), text(rejectedCsv.bytes()), now, now.plus(KEPT)));
        return view(saved);
    }

    /** The pending import of the signed-in uploader; 404 for anyone else or once it expired. */
    @Transactional(readOnly = true)
    SocialMapResponses.ImportView show(UUID id) {
        service.maintainer();
        return view(requireOwn(id));
    }

    /**
     * Imports the valid rows of a pending import in one transaction. They are checked again: a
     * village archived in the meantime refuses the whole import (409), and the import stays.
     */
    SocialMapResponses.ImportView confirm(UUID id) {
        Maintainer maintainer = service.maintainer();
        PendingImport waiting = requireOwn(id);
        if (pending.take(waiting.id(), uploader()) == 0) {
            throw notFound(id); // confirmed or discarded at the same moment elsewhere
        }
        List<CheckedRow> rows = check(waiting.rowsCsv().getBytes(StandardCharsets.UTF_8), maintainer);
        if (rows.stream().anyMatch(r -> r.facts() == null)) {
            throw new ResourceConflictException("rows", input.text("socialmap.import.changed"));
        }
        save(rows, maintainer);
        return new SocialMapResponses.ImportView(null, "imported", rows.size(), rows.size(), List.of(), null);
    }

    void discard(UUID id) {
        service.maintainer();
        if (pending.take(id, uploader()) == 0) {
            throw notFound(id);
        }
    }

    private void save(List<CheckedRow> rows, Maintainer maintainer) {
        Instant now = clock.instant();
        List<SocialMapEntry> created = new ArrayList<>();
        for (CheckedRow row : rows) {
            SocialMapEntry.Verification verified = service.verification(maintainer);
            if (row.verifiedAt() != null) {
                verified = new SocialMapEntry.Verification(row.verifiedAt(), verified.by(), verified.role());
            }
            created.add(new SocialMapEntry(UUID.randomUUID(), row.facts(), verified, now));
        }
        entries.saveAllAndFlush(created);
    }

    private List<CheckedRow> check(byte[] file, Maintainer maintainer) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (file.length == 0) {
            errors.add("file", input.text("socialmap.import.empty"));
            errors.throwIfAny();
        }
        if (file.length > MAX_BYTES) {
            errors.add("file", input.text("socialmap.import.too-big", MAX_BYTES / (1024 * 1024)));
            errors.throwIfAny();
        }
        List<CsvReader.Row> records;
        try {
            records = CsvReader.read(file, MAX_ROWS + 1);
        } catch (CsvReader.CsvException e) {
            errors.add("file", input.text("socialmap.import." + e.messageKey(), e.line(), MAX_ROWS));
            throw new InvalidInputException(errors.violations());
        }
        if (records.isEmpty()) {
            errors.add("file", input.text("socialmap.import.empty"));
            errors.throwIfAny();
        }
        Map<SocialMapCsv.Column, Integer> columns = columns(records.getFirst(), errors);
        errors.throwIfAny();
        if (records.size() == 1) {
            errors.add("file", input.text("socialmap.import.no-rows"));
            errors.throwIfAny();
        }
        Map<String, UUID> villageIds = villages.all().stream().collect(Collectors.toMap(
                v -> v.name().strip().toLowerCase(Locale.ROOT), VillageSummary::id, (a, b) -> a));
        int width = records.getFirst().cells().size();
        return records.subList(1, records.size()).stream()
                .map(record -> checkRow(record, width, columns, villageIds, maintainer)).toList();
    }

    /** Which column is where; unknown, repeated and missing required columns are errors at "file". */
    private Map<SocialMapCsv.Column, Integer> columns(CsvReader.Row header, InvalidInputException.Collector errors) {
        Map<SocialMapCsv.Column, Integer> columns = new EnumMap<>(SocialMapCsv.Column.class);
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            Optional<SocialMapCsv.Column> column = SocialMapCsv.Column.named(name);
            if (column.isEmpty()) {
                errors.add("file", input.text("socialmap.import.unknown-column", InputReader.abbreviated(name),
                        String.join(", ", SocialMapCsv.header())));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                errors.add("file", input.text("socialmap.import.repeated-column", column.get().header));
            }
        }
        Arrays.stream(SocialMapCsv.Column.values()).filter(c -> c.required && !columns.containsKey(c))
                .forEach(c -> errors.add("file", input.text("socialmap.import.missing-column", c.header)));
        return columns;
    }

    private CheckedRow checkRow(CsvReader.Row record, int width, Map<SocialMapCsv.Column, Integer> columns,
            Map<String, UUID> villageIds, Maintainer maintainer) {
        if (record.cells().size() != width) {
            return new CheckedRow(record.line(), record.cells(), null, null, List.of(new SocialMapResponses.RejectedRow(
                    record.line(), "", input.text("socialmap.import.cell-count", record.cells().size(), width))));
        }
        Function<SocialMapCsv.Column, String> cell = c -> columns.containsKey(c) ? record.cells().get(columns.get(c))
                : "";
        // the village names are checked here (the reader takes ids); when one is unknown, the
        // reader's own message about the villages would only repeat it
        InvalidInputException.Collector villageErrors = new InvalidInputException.Collector();
        List<String> villageCells = list(cell.apply(SocialMapCsv.Column.DORPEN));
        boolean whole = villageCells.size() == 1
                && villageCells.getFirst().equalsIgnoreCase(labels.dutch("socialmap.csv.whole-municipality"));
        List<UUID> served = new ArrayList<>();
        if (!whole) {
            for (String name : villageCells) {
                UUID id = villageIds.get(name.toLowerCase(Locale.ROOT));
                if (id == null) {
                    villageErrors.add("villages", input.text("socialmap.import.unknown-village",
                            InputReader.abbreviated(name)));
                } else {
                    served.add(id);
                }
            }
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Instant verifiedAt = verifiedAt(cell.apply(SocialMapCsv.Column.LAATST_GECONTROLEERD), errors);
        SocialMapRequests.EntryRequest request = new SocialMapRequests.EntryRequest(
                code(EntryKind.class, "socialmap.kind.", cell.apply(SocialMapCsv.Column.SOORT)),
                cell.apply(SocialMapCsv.Column.NAAM), cell.apply(SocialMapCsv.Column.OMSCHRIJVING),
                list(cell.apply(SocialMapCsv.Column.CATEGORIEEN)).stream()
                        .map(c -> code(Category.class, "socialmap.category.", c)).toList(),
                list(cell.apply(SocialMapCsv.Column.DOELGROEPEN)).stream()
                        .map(g -> code(TargetGroup.class, "socialmap.target-group.", g)).toList(),
                cell.apply(SocialMapCsv.Column.TELEFOON), cell.apply(SocialMapCsv.Column.EMAIL),
                cell.apply(SocialMapCsv.Column.WEBSITE), cell.apply(SocialMapCsv.Column.ADRES),
                cell.apply(SocialMapCsv.Column.OPENINGSTIJDEN), whole, served,
                code(Visibility.class, "socialmap.visibility.", cell.apply(SocialMapCsv.Column.ZICHTBAARHEID)),
                cell.apply(SocialMapCsv.Column.BRON));
        EntryFacts facts = reader.read(request, maintainer, Set.of(), errors);
        List<InvalidInputException.Violation> problems = new ArrayList<>(villageErrors.violations());
        errors.violations().stream()
                .filter(v -> villageErrors.violations().isEmpty() || !v.field().equals("villages"))
                .forEach(problems::add);
        List<SocialMapResponses.RejectedRow> rejected = problems.stream()
                .map(v -> new SocialMapResponses.RejectedRow(record.line(), SocialMapCsv.Column.headerOf(v.field()),
                        v.message()))
                .toList();
        List<String> exportOrder = Arrays.stream(SocialMapCsv.Column.values()).map(cell).toList();
        return new CheckedRow(record.line(), exportOrder, rejected.isEmpty() ? facts : null, verifiedAt, rejected);
    }

    /** The code of a label or code; anything else as it is, so the reader names it as unknown. */
    private <E extends Enum<E>> String code(Class<E> type, String prefix, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return labels.parse(type, prefix, raw).map(CodedValue::code).orElse(raw.strip());
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("\\" + SocialMapCsv.LIST_SEPARATOR))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Instant verifiedAt(String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.isAfter(input.today()) || date.isBefore(LocalDate.of(2000, 1, 1))) {
                errors.add("lastVerified", input.text("input.date.not-past", LocalDate.of(2000, 1, 1)));
                return null;
            }
            return date.atStartOfDay(DUTCH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("lastVerified", input.text("input.date.invalid"));
            return null;
        }
    }

    private PendingImport requireOwn(UUID id) {
        String uploader = uploader();
        return pending.findById(id).filter(p -> p.createdBy().equals(uploader))
                .filter(p -> p.expiresAt().isAfter(clock.instant())).orElseThrow(() -> notFound(id));
    }

    private ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(input.text("socialmap.import.not-found", id));
    }

    private static String uploader() {
        return Caller.current().map(Caller::subject)
                .orElseThrow(() -> new AccessDeniedException("an import needs a signed-in colleague"));
    }

    private SocialMapResponses.ImportView view(PendingImport waiting) {
        List<SocialMapResponses.RejectedRow> rejected = new ArrayList<>();
        try {
            for (CsvReader.Row row : CsvReader.read(waiting.rejected().getBytes(StandardCharsets.UTF_8),
                    Integer.MAX_VALUE)) {
                rejected.add(new SocialMapResponses.RejectedRow(Integer.parseInt(row.cells().get(0)),
                        row.cells().get(1), row.cells().get(2)));
            }
        } catch (CsvReader.CsvException e) {
            throw new IllegalStateException("a stored import report cannot be read", e);
        }
        return new SocialMapResponses.ImportView(waiting.id(), "pending", 0, waiting.validRows(), rejected,
                waiting.expiresAt());
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }
}
