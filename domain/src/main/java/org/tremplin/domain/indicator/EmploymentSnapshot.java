package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.SituationCategory;

/**
 * What became of the learners who left, {@code months} after each left, counted as InserJeunes
 * does. A learner counts once the snapshot date (the day they left plus {@code months}) has come;
 * their situation then is the follow-up nearest that date within {@value #OBSERVATION_WINDOW_MONTHS}
 * months either side, or unknown when there is none.
 *
 * @param employmentRate  salaried employment among leavers not in further studies: the InserJeunes
 *                        rate, in which self-employment does not count and a new work-study
 *                        contract counts as further studies
 * @param wholeCohortRate salaried employment among all leavers, for display over the whole cohort
 * @param favourableRate  further studies, salaried or self-employment among all leavers
 * @see org.tremplin.domain.outcome.SituationCategory
 * @see "docs/adr/0002-employment-indicators.md"
 */
public record EmploymentSnapshot(
        int months,
        long leavers,
        long salaried,
        long selfEmployed,
        long furtherStudies,
        long notInEmployment,
        long unknown,
        Rate employmentRate,
        Rate wholeCohortRate,
        Rate favourableRate) {

    public static final int OBSERVATION_WINDOW_MONTHS = 3;

    public EmploymentSnapshot {
        if (months <= 0) {
            throw new IllegalArgumentException("a snapshot is taken some months after leaving: " + months);
        }
        if (salaried + selfEmployed + furtherStudies + notInEmployment + unknown != leavers) {
            throw new IllegalArgumentException("every leaver is counted in exactly one situation");
        }
        Objects.requireNonNull(employmentRate, "employmentRate");
        Objects.requireNonNull(wholeCohortRate, "wholeCohortRate");
        Objects.requireNonNull(favourableRate, "favourableRate");
    }

    static EmploymentSnapshot measure(int months, List<Learner> learners, List<EmploymentOutcome> outcomes,
                                      LocalDate asOf) {
        Map<LearnerId, List<EmploymentOutcome>> outcomesByLearner = outcomes.stream()
                .collect(Collectors.groupingBy(EmploymentOutcome::learnerId));
        Map<SituationCategory, Long> leaversBySituation = new EnumMap<>(SituationCategory.class);
        for (Learner learner : learners) {
            if (learner.leftOn().isEmpty()) {
                continue;
            }
            LocalDate snapshotDate = learner.leftOn().get().plusMonths(months);
            if (snapshotDate.isAfter(asOf)) {
                continue;
            }
            SituationCategory situation = Observations
                    .nearest(outcomesByLearner.getOrDefault(learner.id(), List.of()), snapshotDate,
                            OBSERVATION_WINDOW_MONTHS)
                    .map(outcome -> outcome.situation().category())
                    .orElse(SituationCategory.UNKNOWN);
            leaversBySituation.merge(situation, 1L, Long::sum);
        }
        return tally(months, leaversBySituation);
    }

    private static EmploymentSnapshot tally(int months, Map<SituationCategory, Long> leaversBySituation) {
        long salaried = leaversBySituation.getOrDefault(SituationCategory.SALARIED_EMPLOYMENT, 0L);
        long selfEmployed = leaversBySituation.getOrDefault(SituationCategory.SELF_EMPLOYMENT, 0L);
        long furtherStudies = leaversBySituation.getOrDefault(SituationCategory.FURTHER_STUDIES, 0L);
        long notInEmployment = leaversBySituation.getOrDefault(SituationCategory.NOT_IN_EMPLOYMENT, 0L);
        long unknown = leaversBySituation.getOrDefault(SituationCategory.UNKNOWN, 0L);
        long leavers = salaried + selfEmployed + furtherStudies + notInEmployment + unknown;
        return new EmploymentSnapshot(months, leavers, salaried, selfEmployed, furtherStudies, notInEmployment,
                unknown,
                new Rate(salaried, leavers - furtherStudies),
                new Rate(salaried, leavers),
                new Rate(furtherStudies + salaried + selfEmployed, leavers));
    }
}
