package nl.naober.platform.mandates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Whether a supporter of the current municipality may act on its behalf. */
public interface Mandates {

    /**
     * A mandate of this member, not revoked, valid on the given day, covering the village and all
     * the scopes; the one valid longest if there are several.
     */
    Optional<MandateReference> validMandate(UUID memberId, UUID villageId, Set<MandateScope> scopes, LocalDate on);
}
