package nl.naober.platform.socialmap;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.csv.CsvWriter;
import nl.naober.platform.input.CodedValue;
import org.springframework.stereotype.Component;

/**
 * The social map's CSV format, the same for the export and the import: a header of Dutch column
 * names, kinds, categories, target groups and visibility as Dutch labels (codes are accepted too),
 * several values separated by {@code |}, villages by name or "Hele gemeente", the date of the last
 * verification as {@code yyyy-MM-dd}. An exported file imports as it is.
 */
@Component
class SocialMapCsv {

    static final String LIST_SEPARATOR = "|";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** The columns, in the export's order, with the request field whose messages they carry. */
    enum Column {
        SOORT("Soort", "kind", true),
        NAAM("Naam", "name", true),
        OMSCHRIJVING("Omschrijving", "description", false),
        CATEGORIEEN("Categorieën", "categories", true),
        DOELGROEPEN("Doelgroepen", "targetGroups", true),
        TELEFOON("Telefoon", "phone", false),
        EMAIL("E-mail", "email", false),
        WEBSITE("Website", "website", false),
        ADRES("Adres", "address", false),
        OPENINGSTIJDEN("Openingstijden", "openingHours", false),
        DORPEN("Dorpen", "villages", true),
        ZICHTBAARHEID("Zichtbaarheid", "visibility", true),
        BRON("Bron", "source", false),
        LAATST_GECONTROLEERD("Laatst gecontroleerd", "lastVerified", false);

        final String header;
        final String field;
        final boolean required;

        Column(String header, String field, boolean required) {
            this.header = header;
            this.field = field;
            this.required = required;
        }

        /** The column whose cell a field's message is about. */
        static String headerOf(String field) {
            String base = field.equals("wholeMunicipality") ? "villages" : field;
            return Arrays.stream(values()).filter(c -> c.field.equals(base)).map(c -> c.header).findFirst()
                    .orElse(field);
        }

        /** The column a header cell names: case, accents and outer spaces do not matter. */
        static Optional<Column> named(String header) {
            String wanted = plain(header);
            return Arrays.stream(values()).filter(c -> plain(c.header).equals(wanted)).findFirst();
        }

        private static String plain(String text) {
            return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
        }
    }

    static List<String> header() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }

    private final Labels labels;

    SocialMapCsv(Labels labels) {
        this.labels = labels;
    }

    /** The entries as CSV for Excel, in the order given. */
    byte[] export(List<SocialMapEntry> entries, Map<UUID, String> villageNames) {
        CsvWriter csv = new CsvWriter().row(header());
        for (SocialMapEntry entry : entries) {
            csv.row(cells(entry, villageNames));
        }
        return csv.bytes();
    }

    private List<String> cells(SocialMapEntry entry, Map<UUID, String> villageNames) {
        List<String> cells = new ArrayList<>();
        cells.add(labels.dutch("socialmap.kind.", entry.kind()));
        cells.add(entry.name());
        cells.add(entry.description());
        cells.add(entry.categories().stream().sorted().map(code -> CodedValue.parse(Category.class, code)
                .map(c -> labels.dutch("socialmap.category.", c)).orElse(code))
                .collect(Collectors.joining(LIST_SEPARATOR)));
        cells.add(entry.targetGroups().stream().sorted().map(code -> CodedValue.parse(TargetGroup.class, code)
                .map(g -> labels.dutch("socialmap.target-group.", g)).orElse(code))
                .collect(Collectors.joining(LIST_SEPARATOR)));
        cells.add(entry.phone());
        cells.add(entry.email());
        cells.add(entry.website());
        cells.add(entry.address());
        cells.add(entry.openingHours());
        cells.add(entry.wholeMunicipality() ? labels.dutch("socialmap.csv.whole-municipality")
                : entry.villages().stream().map(villageNames::get).filter(java.util.Objects::nonNull).sorted()
                        .collect(Collectors.joining(LIST_SEPARATOR)));
        cells.add(labels.dutch("socialmap.visibility.",
                entry.publicEntry() ? Visibility.PUBLIC : Visibility.INTERNAL));
        cells.add(entry.source());
        cells.add(LocalDate.ofInstant(entry.lastVerifiedAt(), DUTCH_TIME).toString());
        return cells;
    }
}
