package nl.naober.platform.onboarding;

import org.springframework.stereotype.Component;

/** A training as both the supporter and the administrator see it. */
@Component
class TrainingViews {

    private final Competences competences;

    TrainingViews(Competences competences) {
        this.competences = competences;
    }

    OnboardingResponses.TrainingView view(Training training) {
        TrainingFacts facts = training.facts();
        return new OnboardingResponses.TrainingView(training.id(), facts.title(), facts.provider(), facts.attendedOn(),
                facts.hours(), facts.certificate(), competences.refs(facts.competences()));
    }
}
