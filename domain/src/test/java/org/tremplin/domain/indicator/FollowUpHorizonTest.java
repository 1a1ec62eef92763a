package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearnerId;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Situation;

/**
 * The four horizons InserJeunes publishes, +6, +12, +18 and +24 months after leaving; a leaver
 * counts at one only once its snapshot date has come on the report's day.
 */
class FollowUpHorizonTest {
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);

    @Test
    void a_report_has_the_four_horizons_in_order() {
        IndicatorReport report = inputs().reportAsOf(LocalDate.of(2026, 12, 31));

        assertThat(report.followUps()).extracting(FollowUpAtHorizon::horizon).containsExactly(
                FollowUpHorizon.SIX_MONTHS, FollowUpHorizon.TWELVE_MONTHS, FollowUpHorizon.EIGHTEEN_MONTHS,
                FollowUpHorizon.TWENTY_FOUR_MONTHS);
        assertThat(report.followUps()).extracting(followUp -> followUp.figures().months())
                .containsExactly(6, 12, 18, 24);
        assertThat(report.followUp(FollowUpHorizon.EIGHTEEN_MONTHS).horizon()).isEqualTo(FollowUpHorizon.EIGHTEEN_MONTHS);
        assertThat(report.sixMonths()).isSameAs(report.followUps().get(0).figures());
        assertThat(report.twelveMonths()).isSameAs(report.followUps().get(1).figures());
    }

    @ParameterizedTest(name = "left {0}: {1}, {2}, {3}, {4}")
    @CsvSource({
            "2024-01-15, 2024-07-15, 2025-01-15, 2025-07-15, 2026-01-15",
            // Month ends clamp to the shorter month, in a leap year too.
            "2023-08-31, 2024-02-29, 2024-08-31, 2025-02-28, 2025-08-31",
            "2024-03-31, 2024-09-30, 2025-03-31, 2025-09-30, 2026-03-31"})
    void takes_each_snapshot_date_in_calendar_months(LocalDate leftOn, LocalDate six, LocalDate twelve,
                                                     LocalDate eighteen, LocalDate twentyFour) {
        assertThat(FollowUpHorizon.SIX_MONTHS.snapshotDate(leftOn)).isEqualTo(six);
        assertThat(FollowUpHorizon.TWELVE_MONTHS.snapshotDate(leftOn)).isEqualTo(twelve);
        assertThat(FollowUpHorizon.EIGHTEEN_MONTHS.snapshotDate(leftOn)).isEqualTo(eighteen);
        assertThat(FollowUpHorizon.TWENTY_FOUR_MONTHS.snapshotDate(leftOn)).isEqualTo(twentyFour);
    }

    @ParameterizedTest(name = "as of {0}: leavers at +6 {1}, +12 {2}, +18 {3}, +24 {4}")
    @CsvSource({
            "2024-07-14, 0, 0, 0, 0",
            "2024-07-15, 1, 0, 0, 0",
            "2025-01-14, 1, 0, 0, 0",
            "2025-01-15, 1, 1, 0, 0",
            "2025-07-14, 1, 1, 0, 0",
            "2025-07-15, 1, 1, 1, 0",
            "2026-01-14, 1, 1, 1, 0",
            "2026-01-15, 1, 1, 1, 1"})
    void counts_a_leaver_at_a_horizon_once_its_snapshot_date_has_come(LocalDate asOf, long six, long twelve,
                                                                      long eighteen, long twentyFour) {
        IndicatorReport report = inputs().learners(aLeaver(LEFT_ON).build()).reportAsOf(asOf);

        assertThat(report.followUps()).extracting(followUp -> followUp.figures().leavers())
                .containsExactly(six, twelve, eighteen, twentyFour);
    }

    @Test
    void on_its_snapshot_date_a_leaver_counts_with_the_follow_up_of_that_day() {
        Learner leaver = aLeaver(LEFT_ON).build();
        IndicatorInputs inputs = inputs().learners(leaver)
                .outcomes(anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 7, 15)).build()).build();

        IndicatorReport onTheDay = Indicators.report(inputs, LocalDate.of(2024, 7, 15));
        IndicatorReport dayBefore = Indicators.report(inputs, LocalDate.of(2024, 7, 14));

        assertThat(onTheDay.sixMonths().leavers()).isEqualTo(1);
        assertThat(onTheDay.sixMonths().salaried()).isEqualTo(1);
        assertThat(onTheDay.twelveMonths().leavers()).isZero();
        assertThat(dayBefore.sixMonths().leavers()).isZero();
        assertThat(dayBefore.sixMonths().salaried()).isZero();
    }

    @Test
    void each_horizon_takes_the_follow_up_of_its_own_date() {
        Learner leaver = aLeaver(LEFT_ON).build();

        IndicatorReport report = inputs().learners(leaver).outcomes(
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 7, 15)).situation(Situation.JOB_SEEKING).build(),
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2025, 1, 15)).situation(Situation.FURTHER_STUDIES).build(),
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2025, 7, 15)).situation(Situation.SELF_EMPLOYED).build(),
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2026, 1, 15)).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(LocalDate.of(2026, 12, 31));

        assertThat(report.followUp(FollowUpHorizon.SIX_MONTHS).figures().notInEmployment()).isEqualTo(1);
        assertThat(report.followUp(FollowUpHorizon.TWELVE_MONTHS).figures().furtherStudies()).isEqualTo(1);
        assertThat(report.followUp(FollowUpHorizon.EIGHTEEN_MONTHS).figures().selfEmployed()).isEqualTo(1);
        assertThat(report.followUp(FollowUpHorizon.TWENTY_FOUR_MONTHS).figures().salaried()).isEqualTo(1);
        assertThat(report.followUps()).extracting(followUp -> followUp.figures().leavers()).containsOnly(1L);
    }

    @Test
    void a_leavers_follow_up_has_one_situation_per_horizon_in_order_and_a_learner_in_training_none() {
        FollowUp leaver = FollowUp.of(aLearnerId(), Optional.of(LEFT_ON), List.of(), LocalDate.MAX);
        FollowUp inTraining = FollowUp.of(aLearnerId(), Optional.empty(), List.of(), LocalDate.MAX);

        assertThat(leaver.horizons()).extracting(SituationAtHorizon::horizon)
                .containsExactly(FollowUpHorizon.values());
        assertThat(leaver.horizons()).extracting(SituationAtHorizon::snapshotOn).containsExactly(
                LocalDate.of(2024, 7, 15), LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 15), LocalDate.of(2026, 1, 15));
        assertThat(inTraining.horizons()).isEmpty();
    }

    @Test
    void finds_a_horizon_by_its_months_and_only_the_four() {
        assertThat(FollowUpHorizon.ofMonths(6)).isEqualTo(FollowUpHorizon.SIX_MONTHS);
        assertThat(FollowUpHorizon.ofMonths(12)).isEqualTo(FollowUpHorizon.TWELVE_MONTHS);
        assertThat(FollowUpHorizon.ofMonths(18)).isEqualTo(FollowUpHorizon.EIGHTEEN_MONTHS);
        assertThat(FollowUpHorizon.ofMonths(24)).isEqualTo(FollowUpHorizon.TWENTY_FOUR_MONTHS);
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpHorizon.ofMonths(9));
    }

    @Test
    void a_report_refuses_horizons_missing_or_out_of_order() {
        IndicatorReport report = inputs().reportAsOf(LocalDate.of(2026, 12, 31));
        List<FollowUpAtHorizon> swapped = new ArrayList<>(report.followUps());
        swapped.set(0, report.followUps().get(1));
        swapped.set(1, report.followUps().get(0));

        assertThatIllegalArgumentException().isThrownBy(() -> withFollowUps(report, swapped));
        assertThatIllegalArgumentException().isThrownBy(() -> withFollowUps(report, report.followUps().subList(0, 3)));
    }

    private static IndicatorReport withFollowUps(IndicatorReport report, List<FollowUpAtHorizon> followUps) {
        return new IndicatorReport(report.asOf(), report.leavingYear(), report.funnel(), report.training(),
                report.contracts(), followUps, report.jobsCreated(), report.partners(), report.funding(),
                report.partnerNames(), report.healthDataShown());
    }
}
