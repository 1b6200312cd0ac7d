package nl.naober.platform.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Deliverable intakes for the delivery tests (as the intakes module would hand them over), and waiting for the worker. */
final class Intakes {

    static final String BSN = "111222333";

    private Intakes() {
    }

    static DeliverableIntake intake(String reference, LocalDate meldingDate) {
        return intake(reference, meldingDate, BSN);
    }

    static DeliverableIntake intake(String reference, LocalDate meldingDate, String bsn) {
        return new DeliverableIntake(UUID.randomUUID(), reference, meldingDate, UUID.randomUUID(), "Denekamp",
                new DeliverableIntake.Resident(bsn, "Gerrit", null, "Velthuis", LocalDate.of(1941, 3, 4),
                        "Kerkstraat", "12", "7591 AB", "Denekamp"),
                "Ik kom de trap niet meer op", List.of("mobility", "housing-adaptation"), "soon", true,
                "Gesprek aan de keukentafel", new DeliverableIntake.Supporter(UUID.randomUUID(), "Anna Supporter"),
                new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/17", meldingDate.minusMonths(1), null),
                new DeliverableIntake.Consent("naam, BSN en hulpvraag", "gemeente", meldingDate, "mondeling"),
                new DeliverableIntake.Document("melding-" + reference + ".pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));
    }

    /** Waits (at most 15 s) until the worker made {@code condition} true. */
    static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
