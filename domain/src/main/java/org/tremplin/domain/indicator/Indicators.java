package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;

/**
 * Computes the indicators the network publishes to its funders and to the public. Pure functions
 * of their inputs: the same inputs and date always give the same report.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 */
public final class Indicators {
    private Indicators() {
    }

    /** The report over every leaver. */
    public static IndicatorReport report(IndicatorInputs inputs, LocalDate asOf) {
        return report(inputs, asOf, Optional.empty());
    }

    /**
     * @param leavingYear the follow-ups of that leaving year only (pooled with the year before when
     *                    too few), or of every leaver
     */
    public static IndicatorReport report(IndicatorInputs inputs, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(leavingYear, "leavingYear");
        FollowUpTally tally = tally(inputs.learners(), inputs.outcomes(), asOf);
        return new IndicatorReport(
                asOf,
                leavingYear,
                FunnelIndicators.measure(inputs.applicants()),
                TrainingIndicators.measure(inputs.learners()),
                ContractIndicators.measure(inputs.contracts(), inputs.learners(), asOf),
                tally.followUps(leavingYear),
                tally.jobsCreated(),
                PartnerContribution.rank(inputs.contracts(), inputs.outcomes()),
                FundingSummary.measure(inputs.commitments(), inputs.parityRules()),
                Map.of(),
                true);
    }

    /** Each learner's follow-ups as known on {@code asOf}: a follow-up observed later never counts. */
    private static FollowUpTally tally(List<Learner> learners, List<EmploymentOutcome> outcomes, LocalDate asOf) {
        Map<LearnerId, List<EmploymentOutcome>> outcomesByLearner = outcomes.stream()
                .collect(Collectors.groupingBy(EmploymentOutcome::learnerId));
        FollowUpTally tally = new FollowUpTally();
        for (Learner learner : learners) {
            List<EmploymentOutcome> own = outcomesByLearner.getOrDefault(learner.id(), List.of());
            tally.count(FollowUp.of(learner.id(), learner.leftOn(), own, asOf), asOf);
        }
        return tally;
    }
}
