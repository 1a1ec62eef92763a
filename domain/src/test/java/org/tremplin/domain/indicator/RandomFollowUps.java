package org.tremplin.domain.indicator;

import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Random leavers and follow-ups for property tests, drawn from a {@link Random} the test seeds, so
 * that a failure replays. Plain random dates would rarely tie, so ties are planted on purpose:
 * follow-ups on the same day, pairs as far before a snapshot date as after it, follow-ups on the
 * window's edges, and follow-ups of another learner that must be ignored.
 */
final class RandomFollowUps {
    private static final LocalDate FIRST_LEAVING_DAY = LocalDate.of(2020, 1, 1);
    private static final List<Situation> SITUATIONS = List.of(Situation.values());
    private static final int[] HORIZON_MONTHS = {6, 12, 18, 24};

    private RandomFollowUps() {
    }

    /** One leaver and the follow-ups a loader would hand over for them (some of another learner's mixed in). */
    record Case(Learner learner, List<EmploymentOutcome> outcomes) {
        LocalDate leftOn() {
            return learner.leftOn().orElseThrow();
        }

        /** The days worth asking about: each follow-up's day and the day before, each snapshot date, a few more. */
        List<LocalDate> knownOnDays(Random random) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (EmploymentOutcome outcome : outcomes) {
                days.add(outcome.observedOn());
                days.add(outcome.observedOn().minusDays(1));
            }
            for (int months : HORIZON_MONTHS) {
                days.add(leftOn().plusMonths(months));
            }
            for (int i = 0; i < 3; i++) {
                days.add(leftOn().plusDays(random.nextInt(-30, 960)));
            }
            days.add(LocalDate.MAX);
            return List.copyOf(days);
        }
    }

    static Case draw(Random random) {
        LocalDate leftOn = FIRST_LEAVING_DAY.plusDays(random.nextInt(0, 1461));
        if (random.nextInt(4) == 0) {
            // Month ends, where a snapshot date is clamped to a shorter month.
            leftOn = leftOn.withDayOfMonth(leftOn.lengthOfMonth());
        }
        LearnerId learnerId = new LearnerId(new UUID(random.nextLong(), random.nextLong()));
        Learner learner = aLeaver(leftOn).id(learnerId).build();
        List<EmploymentOutcome> outcomes = new ArrayList<>();

        int plain = random.nextInt(0, 6);
        for (int i = 0; i < plain; i++) {
            outcomes.add(outcome(random, learnerId, leftOn.plusDays(random.nextInt(0, 840))));
        }
        if (!outcomes.isEmpty() && random.nextBoolean()) {
            LocalDate sameDay = outcomes.get(random.nextInt(outcomes.size())).observedOn();
            outcomes.add(outcome(random, learnerId, sameDay));
        }
        if (random.nextBoolean()) {
            LocalDate snapshotOn = leftOn.plusMonths(HORIZON_MONTHS[random.nextInt(HORIZON_MONTHS.length)]);
            int days = random.nextInt(0, 100);
            outcomes.add(outcome(random, learnerId, snapshotOn.minusDays(days)));
            outcomes.add(outcome(random, learnerId, snapshotOn.plusDays(days)));
        }
        if (random.nextInt(3) == 0) {
            LocalDate snapshotOn = leftOn.plusMonths(HORIZON_MONTHS[random.nextInt(HORIZON_MONTHS.length)]);
            LocalDate edge = random.nextBoolean() ? snapshotOn.plusMonths(3) : snapshotOn.minusMonths(3);
            outcomes.add(outcome(random, learnerId, edge.plusDays(random.nextInt(-1, 2))));
        }
        if (random.nextInt(5) == 0) {
            LearnerId someoneElse = new LearnerId(new UUID(random.nextLong(), random.nextLong()));
            outcomes.add(outcome(random, someoneElse, leftOn.plusMonths(6)));
        }
        return new Case(learner, List.copyOf(outcomes));
    }

    private static EmploymentOutcome outcome(Random random, LearnerId learnerId, LocalDate observedOn) {
        return anOutcome().id(random.nextLong()).forLearner(learnerId).observedOn(observedOn)
                .situation(SITUATIONS.get(random.nextInt(SITUATIONS.size()))).build();
    }
}
