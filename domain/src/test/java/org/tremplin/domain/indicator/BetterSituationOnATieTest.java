package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.AS_OF;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.LEFT_ON;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.SIX_MONTHS_ON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Two follow-ups as fit (observed on the same day, or as far before the snapshot date as after it):
 * the better situation counts, in the official order, whatever the records' identifiers and
 * whatever the order they come in.
 */
class BetterSituationOnATieTest {
    private final Learner leaver = aLeaver(LEFT_ON).build();

    /** Each pair of neighbours in the official order, the better first. */
    @ParameterizedTest(name = "{0} beats {1} on the same day")
    @MethodSource("org.tremplin.domain.testdata.OfficialSituationOrder#neighboursBetterFirst")
    void on_the_same_day_the_better_situation_stands_for_the_snapshot_date(Situation better, Situation worse) {
        LocalDate sameDay = SIX_MONTHS_ON.plusDays(3);

        for (List<EmploymentOutcome> outcomes : everyIdAndListOrder(better, sameDay, worse, sameDay)) {
            SituationAtHorizon situation = atSixMonths(outcomes);

            assertThat(situation.situation()).as("%s", outcomes).contains(better);
            assertThat(situation.decidedBy()).contains(sameDay);
        }
    }

    @ParameterizedTest(name = "{0} beats {1} at the same distance")
    @MethodSource("org.tremplin.domain.testdata.OfficialSituationOrder#neighboursBetterFirst")
    void as_far_before_as_after_the_better_situation_stands_whichever_side_it_is(Situation better, Situation worse) {
        LocalDate tenDaysBefore = LocalDate.of(2024, 7, 5);
        LocalDate tenDaysAfter = LocalDate.of(2024, 7, 25);

        for (List<EmploymentOutcome> outcomes : concat(
                everyIdAndListOrder(better, tenDaysBefore, worse, tenDaysAfter),
                everyIdAndListOrder(better, tenDaysAfter, worse, tenDaysBefore))) {
            assertThat(atSixMonths(outcomes).situation()).as("%s", outcomes).contains(better);
        }
    }

    @ParameterizedTest(name = "{0} beats {1} as the latest")
    @MethodSource("org.tremplin.domain.testdata.OfficialSituationOrder#neighboursBetterFirst")
    void two_latest_follow_ups_on_the_same_day_give_the_better_situation(Situation better, Situation worse) {
        LocalDate sameDay = LocalDate.of(2025, 3, 1);

        for (List<EmploymentOutcome> outcomes : everyIdAndListOrder(better, sameDay, worse, sameDay)) {
            FollowUp followUp = FollowUp.of(leaver.id(), leaver.leftOn(), outcomes, AS_OF);

            assertThat(followUp.latestSituation()).as("%s", outcomes).contains(better);
            assertThat(followUp.latestObservedOn()).contains(sameDay);
        }
    }

    @Test
    void between_two_as_near_the_better_counts_not_the_later() {
        EmploymentOutcome laterSeeking = anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.plusDays(10))
                .situation(Situation.JOB_SEEKING).build();
        EmploymentOutcome earlierHired = anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.minusDays(10))
                .situation(Situation.PERMANENT_CONTRACT).build();

        EmploymentSnapshot snapshot = inputs().learners(leaver).outcomes(laterSeeking, earlierHired)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.salaried()).isEqualTo(1);
        assertThat(snapshot.notInEmployment()).isZero();
    }

    @Test
    void further_studies_beat_self_employment_on_a_tie_though_declared_after_it() {
        // Situation declares SELF_EMPLOYED before FURTHER_STUDIES: the tie must follow the official order.
        LocalDate sameDay = SIX_MONTHS_ON;

        for (List<EmploymentOutcome> outcomes : everyIdAndListOrder(
                Situation.FURTHER_STUDIES, sameDay, Situation.SELF_EMPLOYED, sameDay)) {
            EmploymentSnapshot snapshot = inputs().learners(leaver).outcomes(outcomes).reportAsOf(AS_OF).sixMonths();

            assertThat(snapshot.furtherStudies()).as("%s", outcomes).isEqualTo(1);
            assertThat(snapshot.selfEmployed()).isZero();
        }
    }

    @Test
    void the_same_situation_as_far_before_as_after_is_decided_by_the_earlier_one() {
        // Either answers the same, but the earlier is known first: a report between the two already has it.
        LocalDate tenDaysBefore = LocalDate.of(2024, 7, 5);
        LocalDate tenDaysAfter = LocalDate.of(2024, 7, 25);

        for (List<EmploymentOutcome> outcomes : everyIdAndListOrder(
                Situation.PERMANENT_CONTRACT, tenDaysAfter, Situation.PERMANENT_CONTRACT, tenDaysBefore)) {
            SituationAtHorizon situation = atSixMonths(outcomes);

            assertThat(situation.situation()).contains(Situation.PERMANENT_CONTRACT);
            assertThat(situation.decidedBy()).as("%s", outcomes).contains(tenDaysBefore);
        }
    }

    private SituationAtHorizon atSixMonths(List<EmploymentOutcome> outcomes) {
        return FollowUp.of(leaver.id(), Optional.of(LEFT_ON), outcomes, AS_OF).at(FollowUpHorizon.SIX_MONTHS);
    }

    /**
     * The same two follow-ups four ways: the first with the smaller identifier then the larger, each
     * given first then second. Identifiers are chosen by hand so that both orders of them are tried.
     */
    private List<List<EmploymentOutcome>> everyIdAndListOrder(Situation first, LocalDate firstOn, Situation second,
                                                              LocalDate secondOn) {
        LearnerId learner = leaver.id();
        List<List<EmploymentOutcome>> ways = new ArrayList<>();
        for (long[] ids : new long[][] {{1, 2}, {2, 1}}) {
            EmploymentOutcome a = anOutcome().id(ids[0]).forLearner(learner).observedOn(firstOn).situation(first).build();
            EmploymentOutcome b = anOutcome().id(ids[1]).forLearner(learner).observedOn(secondOn).situation(second).build();
            ways.add(List.of(a, b));
            ways.add(List.of(b, a));
        }
        return ways;
    }

    private static List<List<EmploymentOutcome>> concat(List<List<EmploymentOutcome>> first,
                                                        List<List<EmploymentOutcome>> second) {
        List<List<EmploymentOutcome>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
