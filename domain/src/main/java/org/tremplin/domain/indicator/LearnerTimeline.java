package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * How one learner's share of the figures that depend on the report's day changes with that day:
 * their situation at each horizon (due from its snapshot date, then as each follow-up becomes
 * known), whether their latest known situation is a job, and whether they are in work-study without
 * a contract running. Worked out as the differences between the domain's own answer
 * ({@link FollowUp}, {@link FollowUpTally}, {@link ContractIndicators}) on each day it may change:
 * so the sum of a learner's steps up to any day is exactly what the domain counts for them as of that
 * day, and the sum of many learners' steps is their report's figures. A database adapter keeps the
 * steps and only sums them.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
public record LearnerTimeline(LearnerId learnerId, List<Step> steps) {
    /** Before any day a report is asked for: where a share that holds from the start is put. */
    public static final LocalDate ALWAYS = LocalDate.of(1000, 1, 1);
    /** The count of learners in work-study without a contract running. */
    public static final String WITHOUT_CONTRACT = "contracts.without-contract";

    /** From {@code from} on, the count {@code name} changes by {@code change}. */
    public record Step(String name, LocalDate from, long change) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            if (change == 0) {
                throw new IllegalArgumentException("a step changes something");
            }
        }
    }

    public LearnerTimeline {
        Objects.requireNonNull(learnerId, "learnerId");
        steps = List.copyOf(steps);
    }

    /**
     * @param contracts every contract of the learner
     * @param outcomes  every follow-up of the learner
     */
    public static LearnerTimeline of(LearnerId learnerId, Optional<LocalDate> leftOn, LearnerStatus status,
                                     Collection<WorkStudyContract> contracts, Collection<EmploymentOutcome> outcomes) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(ALWAYS);
        leftOn.ifPresent(left -> {
            for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
                changes.add(horizon.snapshotDate(left));
            }
        });
        outcomes.forEach(outcome -> changes.add(outcome.observedOn()));
        for (WorkStudyContract contract : contracts) {
            changes.add(contract.startDate());
            changes.add(contract.effectiveEndDate().plusDays(1));
        }
        List<Step> steps = new ArrayList<>();
        Map<String, Long> before = Map.of();
        for (LocalDate day : changes.tailSet(ALWAYS, true)) {
            Map<String, Long> share = shareOn(learnerId, leftOn, status, contracts, outcomes, day);
            FigureCounts.change(before, share).forEach((name, change) -> steps.add(new Step(name, day, change)));
            before = share;
        }
        return new LearnerTimeline(learnerId, steps);
    }

    /** What the learner counts for in a report as of {@code day}, as named counts. */
    static Map<String, Long> shareOn(LearnerId learnerId, Optional<LocalDate> leftOn, LearnerStatus status,
                                     Collection<WorkStudyContract> contracts, Collection<EmploymentOutcome> outcomes,
                                     LocalDate day) {
        FollowUpTally tally = new FollowUpTally();
        tally.count(FollowUp.of(learnerId, leftOn, outcomes, day), day);
        Map<String, Long> share = new TreeMap<>(tally.counts());
        if (ContractIndicators.isWithoutContract(status, contracts, day)) {
            share.put(WITHOUT_CONTRACT, 1L);
        }
        return share;
    }

    /** The follow-up figures from the sums of many learners' steps up to a day. */
    public static FollowUpTally tallyOf(Map<String, Long> sums) {
        FollowUpTally tally = new FollowUpTally();
        sums.forEach((name, sum) -> {
            if (FollowUpTally.isFollowUpCount(name) && sum != 0) {
                tally.add(name, sum);
            }
        });
        return tally;
    }

    /** The learners in work-study without a contract running, from the sums of their steps up to a day. */
    public static long withoutContractOf(Map<String, Long> sums) {
        return sums.getOrDefault(WITHOUT_CONTRACT, 0L);
    }
}
