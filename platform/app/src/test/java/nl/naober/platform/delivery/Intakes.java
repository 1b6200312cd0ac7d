package nl.naober.platform.delivery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deliverable intakes for the channel tests (the intakes module is not on this branch). */
final class Intakes {

    static final String BSN = "111222333";

    private Intakes() {
    }

    static DeliverableIntake intake(String reference, LocalDate meldingDate) {
        return new DeliverableIntake(UUID.randomUUID(), reference, meldingDate, UUID.randomUUID(), "Denekamp",
                new DeliverableIntake.Resident(BSN, "Gerrit", null, "Velthuis", LocalDate.of(1941, 3, 4),
                        "Kerkstraat", "12", "7591 AB", "Denekamp"),
                "Ik kom de trap niet meer op", List.of("mobility", "housing-adaptation"), "soon", true,
                "Gesprek aan de keukentafel", new DeliverableIntake.Supporter(UUID.randomUUID(), "Anna Supporter"),
                new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/17", meldingDate.minusMonths(1), null),
                new DeliverableIntake.Consent("naam, BSN en hulpvraag", "gemeente", meldingDate, "mondeling"),
                new DeliverableIntake.Document("melding-" + reference + ".pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));
    }
}
