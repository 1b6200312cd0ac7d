package nl.naober.platform.intakes;

import java.util.Optional;
import java.util.UUID;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.mandates.MandateReference;

/**
 * Whether a draft can be started from one of her contacts, asked before a page offers it: the
 * contact's resident ({@code null} for an anonymous contact) and her valid mandate for the
 * resident's village, if she holds one. Starting checks it all again.
 */
record IntakeStart(UUID contactId, ResidentReference resident, Optional<MandateReference> mandate) {

    /** A known resident and a valid mandate: the form can be offered. Public for the template engine. */
    public boolean possible() {
        return resident != null && mandate.isPresent();
    }
}
