package nl.naober.platform.intakes;

import java.time.Instant;
import java.time.LocalDate;
import nl.naober.platform.mandates.MandateReference;

/** What submitting fixes: the reference, the melding date, who took it and under which mandate. */
record Submission(String reference, LocalDate meldingDate, String supporterName, MandateReference mandate,
        Instant at) {
}
