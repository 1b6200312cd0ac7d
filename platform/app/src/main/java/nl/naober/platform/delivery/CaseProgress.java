package nl.naober.platform.delivery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the municipality did with the intake, as far as Naober heard back (notifications, polling,
 * or the inbox). The dates end the statutory periods: the investigation (6 weeks after the melding,
 * Wmo 2015 art. 2.3.2) and the decision (2 weeks after the application, art. 2.3.5).
 *
 * @param caseIdentification the municipality's case number, if known
 * @param caseStatus         the case's latest status as the municipality names it, if known
 * @param caseStatusAt       when that status was set
 */
public record CaseProgress(String caseIdentification, String caseStatus, Instant caseStatusAt,
        LocalDate investigationCompletedOn, LocalDate applicationReceivedOn, LocalDate decidedOn) {

    public static CaseProgress none() {
        return new CaseProgress(null, null, null, null, null, null);
    }
}
