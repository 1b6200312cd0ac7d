package nl.naober.platform.delivery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The statutory deadlines of one intake (Wmo 2015), counted from the melding date: the personal
 * plan (7 days, when the resident wants to hand one in; art. 2.3.2 lid 2), the investigation
 * (6 weeks, art. 2.3.2 lid 1) and, once an application follows, the decision (2 weeks after it,
 * art. 2.3.5). A deadline stops running once its step is done; {@code next} is the nearest running
 * one of investigation and decision, and the intake is {@code overdue} when it has passed. The
 * personal plan is the resident's deadline, not the municipality's, so it is shown but never
 * makes an intake overdue.
 *
 * @param personalPlan  {@code null} when the resident does not want to hand in a plan
 * @param decision      {@code null} until an application was received
 * @param next          {@code null} when nothing runs any more (investigated and decided)
 */
public record StatutoryDeadlines(LocalDate personalPlan, LocalDate investigation, LocalDate decision, LocalDate next,
        boolean overdue) {

    static final int PERSONAL_PLAN_DAYS = 7;
    static final int INVESTIGATION_WEEKS = 6;
    static final int DECISION_WEEKS = 2;

    /** The deadlines of an intake made on {@code melding}, with what the municipality did since, on {@code today}. */
    public static StatutoryDeadlines of(LocalDate melding, boolean personalPlanIntended, CaseProgress progress,
            LocalDate today) {
        CaseProgress done = progress == null ? CaseProgress.none() : progress;
        LocalDate personalPlan = personalPlanIntended ? melding.plusDays(PERSONAL_PLAN_DAYS) : null;
        LocalDate investigation = melding.plusWeeks(INVESTIGATION_WEEKS);
        LocalDate applied = done.applicationReceivedOn();
        LocalDate decision = applied == null ? null : applied.plusWeeks(DECISION_WEEKS);
        LocalDate openInvestigation = done.investigationCompletedOn() == null ? investigation : null;
        LocalDate openDecision = done.decidedOn() == null ? decision : null;
        LocalDate next = Stream.of(openInvestigation, openDecision).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        return new StatutoryDeadlines(personalPlan, investigation, decision, next, next != null && next.isBefore(today));
    }

    /** Whether the nearest running deadline falls within {@code days} from {@code today} (or has passed). */
    public boolean dueWithin(int days, LocalDate today) {
        return next != null && !next.isAfter(today.plusDays(days));
    }
}
