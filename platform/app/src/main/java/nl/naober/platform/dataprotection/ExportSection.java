package nl.naober.platform.dataprotection;

import java.util.List;
import java.util.Objects;

/**
 * One record in a resident's export: a title (a message key) and its rows.
 *
 * @param titleKey message key of the section's title, e.g. {@code contacts.export.contact}
 * @param rows     the record's fields, in the order they are shown
 */
public record ExportSection(String titleKey, List<ExportRow> rows) {

    public ExportSection {
        Objects.requireNonNull(titleKey, "titleKey");
        rows = List.copyOf(rows);
    }

    /**
     * One field of a record.
     *
     * @param labelKey message key of the field's label
     * @param value    the value as the resident should read it; {@code null} when not filled in
     */
    public record ExportRow(String labelKey, String value) {

        public ExportRow {
            Objects.requireNonNull(labelKey, "labelKey");
        }
    }
}
