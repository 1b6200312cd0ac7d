package nl.naober.platform.dataprotection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A data-subject export with its labels resolved in the caller's language: the JSON form as is,
 * and the content of the PDF. Keys stay beside the labels so a program can read the JSON.
 * {@code subjectType} says whose export it is ({@code resident}, {@code volunteer}).
 */
record ExportDocument(String subjectType, Subject subject, String municipality, String municipalityName, Instant exportedAt,
        String title, String introduction, List<Section> sections) {

    record Subject(UUID id, String pseudonym) {
    }

    record Section(String key, String title, List<Row> rows) {
    }

    record Row(String key, String label, String value) {
    }
}
