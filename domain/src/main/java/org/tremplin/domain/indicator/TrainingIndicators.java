package org.tremplin.domain.indicator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerStatus;

/**
 * Learners by status, and how their training ends.
 *
 * @param enrolled   every learner in scope, whatever their status now
 * @param completion graduates among those who left, graduated or not: learners still in training
 *                   do not count for or against it
 * @param dropOut    those who dropped out among every learner enrolled
 * @param diversity  the share of each inclusion group among learners, measured on the day each enrolled;
 *                   without the recognised-disability group for readers not allowed to read health data
 */
public record TrainingIndicators(
        long enrolled,
        long inCentre,
        long inWorkStudy,
        long graduated,
        long droppedOut,
        Rate completion,
        Rate dropOut,
        Map<InclusionGroup, Rate> diversity) {

    public TrainingIndicators {
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(dropOut, "dropOut");
        diversity = Diversity.copyOf(diversity);
    }

    TrainingIndicators withoutHealthData() {
        return new TrainingIndicators(enrolled, inCentre, inWorkStudy, graduated, droppedOut, completion, dropOut,
                Diversity.withoutHealthData(diversity));
    }

    static TrainingIndicators measure(List<Learner> learners) {
        long graduated = count(learners, LearnerStatus.GRADUATED);
        long droppedOut = count(learners, LearnerStatus.DROPPED_OUT);
        return new TrainingIndicators(
                learners.size(),
                count(learners, LearnerStatus.IN_CENTRE),
                count(learners, LearnerStatus.IN_WORK_STUDY),
                graduated,
                droppedOut,
                new Rate(graduated, graduated + droppedOut),
                new Rate(droppedOut, learners.size()),
                Diversity.among(learners, Learner::profile, Learner::disability, Learner::enrolledOn));
    }

    private static long count(List<Learner> learners, LearnerStatus status) {
        return learners.stream().filter(learner -> learner.status() == status).count();
    }
}
