package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearnerId;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.AS_OF;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.LEFT_ON;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.SIX_MONTHS_ON;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Which follow-up stands for a leaver's situation at +N months: among those observed within three
 * months either side of the snapshot date (both ends included) and on or before the day the report
 * is as of, the nearest. A follow-up observed after that day is never known to the report.
 */
class SituationAtSnapshotDateTest {
    private final Learner leaver = aLeaver(LEFT_ON).build();

    @ParameterizedTest(name = "follow-up on {0}: salaried {1}, unknown {2}")
    @CsvSource({
            "2024-04-14, 0, 1",
            "2024-04-15, 1, 0",
            "2024-07-15, 1, 0",
            "2024-10-15, 1, 0",
            "2024-10-16, 0, 1"})
    void looks_for_a_follow_up_up_to_three_months_either_side_both_ends_included(LocalDate observedOn, long salaried,
                                                                                  long unknown) {
        EmploymentSnapshot snapshot = sixMonths(AS_OF,
                anOutcome().forLearner(leaver).observedOn(observedOn).situation(Situation.PERMANENT_CONTRACT).build());

        assertThat(snapshot.leavers()).isEqualTo(1);
        assertThat(snapshot.salaried()).isEqualTo(salaried);
        assertThat(snapshot.unknown()).isEqualTo(unknown);
    }

    @ParameterizedTest(name = "left 2024-08-31, follow-up on {0}: found {1}")
    @CsvSource({
            "2024-11-27, false",
            "2024-11-28, true",
            "2025-05-28, true",
            "2025-05-29, false"})
    void takes_the_window_in_calendar_months_from_the_clamped_snapshot_date(LocalDate observedOn, boolean found) {
        // 2024-08-31 + 6 months = 2025-02-28 (February is shorter); the window is 2024-11-28 .. 2025-05-28.
        LearnerId leftAtMonthEnd = aLearnerId();
        EmploymentOutcome outcome = anOutcome().forLearner(leftAtMonthEnd).observedOn(observedOn).build();

        SituationAtHorizon situation = FollowUp.of(leftAtMonthEnd, Optional.of(LocalDate.of(2024, 8, 31)),
                List.of(outcome), AS_OF).at(FollowUpHorizon.SIX_MONTHS);

        assertThat(situation.snapshotOn()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(situation.situation().isPresent()).isEqualTo(found);
    }

    @Test
    void takes_the_follow_up_nearest_the_snapshot_date() {
        EmploymentSnapshot snapshot = sixMonths(AS_OF,
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.minusDays(5)).situation(Situation.PERMANENT_CONTRACT).build(),
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.plusDays(10)).situation(Situation.FURTHER_STUDIES).build());

        assertThat(snapshot.salaried()).isEqualTo(1);
        assertThat(snapshot.furtherStudies()).isZero();
    }

    @Test
    void the_nearest_wins_even_when_a_farther_one_is_better() {
        // The better situation only breaks ties; 2 days away beats 3 days away.
        SituationAtHorizon situation = followUp(AS_OF,
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.minusDays(3)).situation(Situation.PERMANENT_CONTRACT).build(),
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.plusDays(2)).situation(Situation.JOB_SEEKING).build());

        assertThat(situation.situation()).contains(Situation.JOB_SEEKING);
        assertThat(situation.decidedBy()).contains(LocalDate.of(2024, 7, 17));
    }

    @Test
    void a_follow_up_observed_after_the_report_day_is_not_known_to_the_report() {
        // Observed on 2024-09-01, inside the window (2024-04-15 .. 2024-10-15) but after a report as of 2024-08-31.
        EmploymentOutcome late = anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 9, 1))
                .situation(Situation.PERMANENT_CONTRACT).build();

        EmploymentSnapshot dayBefore = sixMonths(LocalDate.of(2024, 8, 31), late);
        EmploymentSnapshot sameDay = sixMonths(LocalDate.of(2024, 9, 1), late);
        EmploymentSnapshot later = sixMonths(LocalDate.of(2024, 12, 31), late);

        assertThat(dayBefore.leavers()).isEqualTo(1);
        assertThat(dayBefore.unknown()).isEqualTo(1);
        assertThat(dayBefore.salaried()).isZero();
        assertThat(sameDay.salaried()).isEqualTo(1);
        assertThat(sameDay.unknown()).isZero();
        assertThat(later.salaried()).isEqualTo(1);
    }

    @Test
    void a_nearer_follow_up_observed_after_the_report_day_does_not_replace_the_one_known() {
        // Job seeking on 2024-06-01 (44 days before the snapshot date), then hired, observed on 2024-07-20 (5 days after).
        EmploymentOutcome seeking = anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 6, 1))
                .situation(Situation.JOB_SEEKING).build();
        EmploymentOutcome hired = anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 7, 20))
                .situation(Situation.PERMANENT_CONTRACT).build();

        SituationAtHorizon onTheSnapshotDate = followUp(SIX_MONTHS_ON, seeking, hired);
        SituationAtHorizon dayBeforeHired = followUp(LocalDate.of(2024, 7, 19), seeking, hired);
        SituationAtHorizon dayHired = followUp(LocalDate.of(2024, 7, 20), seeking, hired);

        assertThat(onTheSnapshotDate.situation()).contains(Situation.JOB_SEEKING);
        assertThat(dayBeforeHired.situation()).contains(Situation.JOB_SEEKING);
        assertThat(dayBeforeHired.decidedBy()).contains(LocalDate.of(2024, 6, 1));
        assertThat(dayHired.situation()).contains(Situation.PERMANENT_CONTRACT);
        assertThat(dayHired.decidedBy()).contains(LocalDate.of(2024, 7, 20));
        assertThat(sixMonths(LocalDate.of(2024, 7, 19), seeking, hired).notInEmployment()).isEqualTo(1);
        assertThat(sixMonths(LocalDate.of(2024, 7, 20), seeking, hired).salaried()).isEqualTo(1);
    }

    @Test
    void ignores_the_follow_ups_of_other_learners() {
        EmploymentOutcome someoneElses = anOutcome().forLearner(aLearnerId()).observedOn(SIX_MONTHS_ON)
                .situation(Situation.PERMANENT_CONTRACT).build();

        SituationAtHorizon situation = followUp(AS_OF, someoneElses);

        assertThat(situation.situation()).isEmpty();
        assertThat(situation.decidedBy()).isEmpty();
    }

    @Test
    void learners_still_in_training_are_not_leavers_and_drop_outs_are() {
        Learner droppedOut = aLearner().droppedOutOn(LEFT_ON).build();
        Learner inWorkStudy = aLearner().inWorkStudy().build();

        EmploymentSnapshot snapshot = inputs().learners(droppedOut, inWorkStudy)
                .outcomes(anOutcome().forLearner(inWorkStudy).observedOn(SIX_MONTHS_ON).build())
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.leavers()).isEqualTo(1);
        assertThat(snapshot.unknown()).isEqualTo(1);
        assertThat(snapshot.salaried()).isZero();
    }

    @Test
    void each_horizon_looks_at_its_own_date() {
        // Twelve months after 2024-01-15 is 2025-01-15: the follow-up of 2025-01-20 is 5 days away, the
        // one of 2024-07-15 six months away, outside the window.
        IndicatorReport report = inputs().learners(leaver).outcomes(
                        anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2025, 1, 20)).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF);

        assertThat(report.sixMonths().months()).isEqualTo(6);
        assertThat(report.sixMonths().salaried()).isEqualTo(1);
        assertThat(report.sixMonths().notInEmployment()).isZero();
        assertThat(report.twelveMonths().months()).isEqualTo(12);
        assertThat(report.twelveMonths().salaried()).isZero();
        assertThat(report.twelveMonths().notInEmployment()).isEqualTo(1);
    }

    private EmploymentSnapshot sixMonths(LocalDate asOf, EmploymentOutcome... outcomes) {
        return inputs().learners(leaver).outcomes(outcomes).reportAsOf(asOf).sixMonths();
    }

    private SituationAtHorizon followUp(LocalDate knownOn, EmploymentOutcome... outcomes) {
        return FollowUp.of(leaver.id(), leaver.leftOn(), List.of(outcomes), knownOn).at(FollowUpHorizon.SIX_MONTHS);
    }
}
