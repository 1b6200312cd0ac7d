package nl.naober.platform.onboarding;

import java.time.Clock;
import nl.naober.platform.users.ColleagueDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a supporter is deactivated (she leaves the job), her reflection log and her notes on the
 * checklist are removed, in the deactivating transaction: they were written for her own
 * development only and have no use for the municipality. What she did on the checklist (dates)
 * and her training record stay with her membership, as the municipality's record of the
 * onboarding and training it organised and funded.
 */
@Component
class ReflectionRetention {

    private final ReflectionRepository reflections;
    private final OnboardingProgressRepository progress;
    private final Clock clock;

    ReflectionRetention(ReflectionRepository reflections, OnboardingProgressRepository progress, Clock clock) {
        this.reflections = reflections;
        this.progress = progress;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ColleagueDeactivated deactivated) {
        reflections.deleteAll(reflections.findAllByMemberIdOrderByWrittenOnDescCreatedAtDesc(deactivated.memberId()));
        progress.findAllByMemberId(deactivated.memberId()).forEach(p -> p.forgetNote(clock.instant()));
        reflections.flush();
        progress.flush();
    }
}
