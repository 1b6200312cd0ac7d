package nl.naober.platform.contacts;

import java.util.UUID;

/** A resident as other modules refer to her: ids, pseudonym and initials, no personal data. */
public record ResidentReference(UUID id, UUID villageId, String pseudonym, String initials) {
}
