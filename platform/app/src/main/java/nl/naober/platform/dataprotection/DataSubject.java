package nl.naober.platform.dataprotection;

import java.util.UUID;

/** A resident as this module sees her: no personal data, only what names her export. */
public record DataSubject(UUID id, UUID villageId, String pseudonym) {
}
