package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * What one learner's follow-ups say, as far as known on a day: their situation at each horizon
 * after leaving, and their latest situation. The indicators are sums of these ({@link FollowUpTally});
 * a database adapter keeps how they change from day to day ({@link LearnerTimeline}).
 *
 * @param horizons          one per {@link FollowUpHorizon}, in order; none while the learner has not left
 * @param latestSituation   the latest follow-up known ({@link Observations#latestOnOrBefore})
 * @param latestObservedOn  the day it was observed
 * @see "docs/adr/0002-employment-indicators.md"
 */
public record FollowUp(LearnerId learnerId, Optional<LocalDate> leftOn, List<SituationAtHorizon> horizons,
                       Optional<Situation> latestSituation, Optional<LocalDate> latestObservedOn) {

    /** How far either side of a snapshot date a follow-up may stand for it. */
    public static final int OBSERVATION_WINDOW_MONTHS = 3;

    public FollowUp {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(leftOn, "leftOn");
        horizons = List.copyOf(horizons);
        Objects.requireNonNull(latestSituation, "latestSituation");
        Objects.requireNonNull(latestObservedOn, "latestObservedOn");
        if (horizons.size() != (leftOn.isPresent() ? FollowUpHorizon.values().length : 0)) {
            throw new IllegalArgumentException("a leaver has one situation per horizon, a learner in training none");
        }
        if (latestSituation.isPresent() != latestObservedOn.isPresent()) {
            throw new IllegalArgumentException("the latest situation comes with the day it was observed");
        }
    }

    /**
     * @param outcomes the learner's follow-ups (others are ignored)
     * @param knownOn  only the follow-ups observed on or before this day count
     */
    public static FollowUp of(LearnerId learnerId, Optional<LocalDate> leftOn, Collection<EmploymentOutcome> outcomes,
                              LocalDate knownOn) {
        List<EmploymentOutcome> own = outcomes.stream().filter(outcome -> outcome.learnerId().equals(learnerId)).toList();
        List<SituationAtHorizon> horizons = leftOn.map(left -> java.util.Arrays.stream(FollowUpHorizon.values())
                .map(horizon -> atHorizon(horizon, left, own, knownOn))
                .toList()).orElse(List.of());
        Optional<EmploymentOutcome> latest = Observations.latestOnOrBefore(own, knownOn);
        return new FollowUp(learnerId, leftOn, horizons, latest.map(EmploymentOutcome::situation),
                latest.map(EmploymentOutcome::observedOn));
    }

    private static SituationAtHorizon atHorizon(FollowUpHorizon horizon, LocalDate leftOn,
                                                List<EmploymentOutcome> outcomes, LocalDate knownOn) {
        LocalDate snapshotOn = horizon.snapshotDate(leftOn);
        Optional<EmploymentOutcome> standing = Observations.standingFor(outcomes, snapshotOn, OBSERVATION_WINDOW_MONTHS,
                knownOn);
        return new SituationAtHorizon(horizon, snapshotOn, standing.map(EmploymentOutcome::situation),
                standing.map(EmploymentOutcome::observedOn));
    }

    public Optional<LeavingYear> leavingYear() {
        return leftOn.map(LeavingYear::of);
    }

    public SituationAtHorizon at(FollowUpHorizon horizon) {
        if (horizons.isEmpty()) {
            throw new IllegalStateException("a learner in training has no follow-up horizon");
        }
        return horizons.get(horizon.ordinal());
    }
}
