package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.EmploymentOutcome;

/**
 * A database adapter keeps each learner's follow-up worked out from everything recorded
 * ({@code FollowUp.of(learner, outcomes)}) and only recomputes it for a report as of an earlier day
 * where {@code standsOn} says it must. That is sound only if, wherever {@code standsOn(day)} holds,
 * the stored answer is the one worked out from the follow-ups known on that day. Checked here on
 * random leavers, with ties planted on purpose, from a fixed seed.
 */
class FollowUpStandsOnPropertyTest {
    private static final long SEED = 0x7E3A_2026_0115L;
    private static final int CASES = 3_000;

    @Test
    void where_a_stored_situation_at_a_horizon_stands_on_a_day_it_is_the_one_known_that_day() {
        Random random = new Random(SEED);
        List<String> mismatches = new ArrayList<>();
        int standing = 0;
        int notStanding = 0;
        int standingThoughAFollowUpInTheWindowCameLater = 0;
        int standingOnATie = 0;

        for (int i = 0; i < CASES; i++) {
            RandomFollowUps.Case drawn = RandomFollowUps.draw(random);
            FollowUp stored = FollowUp.of(drawn.learner(), drawn.outcomes());
            for (LocalDate knownOn : drawn.knownOnDays(random)) {
                FollowUp thatDay = knownOn(drawn, knownOn);
                for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
                    SituationAtHorizon kept = stored.at(horizon);
                    SituationAtHorizon workedOut = thatDay.at(horizon);
                    // Whatever standsOn says, a report never uses a follow-up observed after its day.
                    if (workedOut.decidedBy().filter(day -> day.isAfter(knownOn)).isPresent()) {
                        mismatches.add("case " + i + " " + horizon + " as of " + knownOn
                                + ": decided by a later follow-up " + workedOut);
                    }
                    if (!kept.standsOn(knownOn)) {
                        notStanding++;
                        continue;
                    }
                    standing++;
                    if (anyInWindowObservedAfter(drawn, kept.snapshotOn(), knownOn)) {
                        standingThoughAFollowUpInTheWindowCameLater++;
                    }
                    if (isTie(drawn, kept)) {
                        standingOnATie++;
                    }
                    if (!workedOut.situation().equals(kept.situation())
                            || !workedOut.decidedBy().equals(kept.decidedBy())) {
                        mismatches.add("case " + i + " " + horizon + " as of " + knownOn + ": stored " + kept
                                + ", as of that day " + workedOut + ", outcomes " + drawn.outcomes());
                    }
                }
            }
        }

        assertThat(mismatches).as("stored situations that stand but differ").isEmpty();
        // The property must have been put to the test, in each of the ways that matter.
        assertThat(standing).isGreaterThan(10_000);
        assertThat(notStanding).isGreaterThan(1_000);
        assertThat(standingThoughAFollowUpInTheWindowCameLater).isGreaterThan(1_000);
        assertThat(standingOnATie).isGreaterThan(300);
    }

    @Test
    void where_a_stored_latest_situation_stands_on_a_day_it_is_the_latest_known_that_day() {
        Random random = new Random(SEED + 1);
        List<String> mismatches = new ArrayList<>();
        int standing = 0;
        int notStanding = 0;
        int standingOnASameDayTie = 0;

        for (int i = 0; i < CASES; i++) {
            RandomFollowUps.Case drawn = RandomFollowUps.draw(random);
            FollowUp stored = FollowUp.of(drawn.learner(), drawn.outcomes());
            for (LocalDate knownOn : drawn.knownOnDays(random)) {
                FollowUp thatDay = knownOn(drawn, knownOn);
                if (thatDay.latestObservedOn().filter(day -> day.isAfter(knownOn)).isPresent()) {
                    mismatches.add("case " + i + " as of " + knownOn + ": latest observed later " + thatDay);
                }
                if (!stored.latestStandsOn(knownOn)) {
                    notStanding++;
                    continue;
                }
                standing++;
                if (stored.latestObservedOn().filter(day -> isSameDayTie(drawn, day)).isPresent()) {
                    standingOnASameDayTie++;
                }
                if (!thatDay.latestSituation().equals(stored.latestSituation())
                        || !thatDay.latestObservedOn().equals(stored.latestObservedOn())) {
                    mismatches.add("case " + i + " as of " + knownOn + ": stored " + stored.latestSituation() + " on "
                            + stored.latestObservedOn() + ", as of that day " + thatDay.latestSituation() + " on "
                            + thatDay.latestObservedOn() + ", outcomes " + drawn.outcomes());
                }
            }
        }

        assertThat(mismatches).as("stored latest situations that stand but differ").isEmpty();
        assertThat(standing).isGreaterThan(3_000);
        assertThat(notStanding).isGreaterThan(3_000);
        assertThat(standingOnASameDayTie).isGreaterThan(300);
    }

    /** What a report as of {@code day} works out, from the follow-ups observed by then only. */
    private static FollowUp knownOn(RandomFollowUps.Case drawn, LocalDate day) {
        return FollowUp.of(drawn.learner().id(), drawn.learner().leftOn(), drawn.outcomes(), day);
    }

    private static boolean isSameDayTie(RandomFollowUps.Case drawn, LocalDate day) {
        return ownOutcomes(drawn).stream().filter(o -> o.observedOn().equals(day))
                .map(EmploymentOutcome::situation).distinct().count() > 1;
    }

    private static List<EmploymentOutcome> ownOutcomes(RandomFollowUps.Case drawn) {
        return drawn.outcomes().stream().filter(o -> o.learnerId().equals(drawn.learner().id())).toList();
    }

    /**
     * Whether some follow-up in the window was observed after {@code knownOn}: the recomputation then
     * had less to go on than the stored answer, which is when the property says something.
     */
    private static boolean anyInWindowObservedAfter(RandomFollowUps.Case drawn, LocalDate snapshotOn,
                                                    LocalDate knownOn) {
        return ownOutcomes(drawn).stream().anyMatch(o -> inWindow(o, snapshotOn) && o.observedOn().isAfter(knownOn));
    }

    /** Whether another follow-up of a different situation was as near the snapshot date as the one kept. */
    private static boolean isTie(RandomFollowUps.Case drawn, SituationAtHorizon kept) {
        if (kept.decidedBy().isEmpty()) {
            return false;
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(kept.snapshotOn(), kept.decidedBy().get()));
        return ownOutcomes(drawn).stream()
                .filter(o -> inWindow(o, kept.snapshotOn()))
                .filter(o -> Math.abs(ChronoUnit.DAYS.between(kept.snapshotOn(), o.observedOn())) == distance)
                .map(EmploymentOutcome::situation).distinct().count() > 1;
    }

    private static boolean inWindow(EmploymentOutcome outcome, LocalDate snapshotOn) {
        return !outcome.observedOn().isBefore(snapshotOn.minusMonths(3))
                && !outcome.observedOn().isAfter(snapshotOn.plusMonths(3));
    }
}
