package nl.naober.platform.carers;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.csv.CsvWriter;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's appreciation list of a year, for its administrator: every carer registered
 * in any village, with only what is needed to send the appreciation. Each carer shown or exported
 * is an audit event on the basis of her consent.
 */
@Service
@Transactional
class AppreciationService {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> HEADER = List.of("Jaar", "Dorp", "Naam", "Postadres", "Aangemeld op",
            "Aanmelding", "Status");

    private final AppreciationRepository appreciations;
    private final CarerRepository carers;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;

    AppreciationService(AppreciationRepository appreciations, CarerRepository carers, VillageDirectory villages,
            InputReader input, AuditLog audit) {
        this.appreciations = appreciations;
        this.carers = carers;
        this.villages = villages;
        this.input = input;
        this.audit = audit;
    }

    /** The list of a year (default: this year), in order of registration. */
    List<CarerResponses.AppreciationListItem> list(Integer year) {
        int wanted = year(year);
        Map<UUID, String> names = villageNames();
        List<Appreciation> found = appreciations.findAllByYearOrderByRegisteredOnAscCreatedAtAsc(wanted);
        found.forEach(a -> audit.record(new AuditEvent(AuditAction.READ, "carer-appreciation", a.id(),
                residentOf(a), CarerService.CONSENT, "appreciation list " + wanted + " read")));
        return found.stream().map(a -> new CarerResponses.AppreciationListItem(a.id(), a.year(), a.villageId(),
                names.get(a.villageId()), a.name(), a.postalAddress(), a.registeredOn(), CodedValue.code(a.how()),
                CodedValue.code(a.status()))).toList();
    }

    /**
     * The registered (not withdrawn) carers of a year as CSV; one export event per carer. It is a
     * mailing list, so a carer whose name and address were removed by retention is left out.
     */
    byte[] export(Integer year) {
        int wanted = year(year);
        Map<UUID, String> names = villageNames();
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (Appreciation a : appreciations.findAllByYearOrderByRegisteredOnAscCreatedAtAsc(wanted)) {
            if (a.status() != AppreciationStatus.REGISTERED || a.anonymisedAt() != null) {
                continue;
            }
            csv.row(List.of(String.valueOf(a.year()), names.getOrDefault(a.villageId(), ""), a.name(),
                    a.postalAddress(), DUTCH_DATE.format(a.registeredOn()), a.how().dutchLabel(),
                    a.status().dutchLabel()));
            audit.record(new AuditEvent(AuditAction.EXPORT, "carer-appreciation", a.id(), residentOf(a),
                    CarerService.CONSENT, "appreciation list " + wanted + " exported as CSV"));
        }
        return csv.bytes();
    }

    int year(Integer year) {
        int thisYear = input.today().getYear();
        if (year == null) {
            return thisYear;
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        input.optionalNumber("year", year, 2000, thisYear + 1, errors);
        errors.throwIfAny();
        return year;
    }

    private UUID residentOf(Appreciation appreciation) {
        return carers.findById(appreciation.carerId()).map(Carer::residentId).orElse(null);
    }

    private Map<UUID, String> villageNames() {
        return villages.all().stream().collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }
}
