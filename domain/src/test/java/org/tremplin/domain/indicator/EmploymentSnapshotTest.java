package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

class EmploymentSnapshotTest {
    /** Six months after leaving falls on 2024-07-15; the window runs from 2024-04-15 to 2024-10-15. */
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2024, 7, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private final Learner leaver = aLearner().graduatedOn(LEFT_ON).build();

    @ParameterizedTest(name = "follow-up on {0}: salaried {1}, unknown {2}")
    @CsvSource({
            "2024-04-14, 0, 1",
            "2024-04-15, 1, 0",
            "2024-10-15, 1, 0",
            "2024-10-16, 0, 1"})
    void looks_for_a_follow_up_up_to_three_months_either_side(LocalDate observedOn, long salaried, long unknown) {
        EmploymentSnapshot snapshot = sixMonths(leaver,
                anOutcome().forLearner(leaver).observedOn(observedOn).situation(Situation.PERMANENT_CONTRACT).build());

        assertThat(snapshot.leavers()).isEqualTo(1);
        assertThat(snapshot.salaried()).isEqualTo(salaried);
        assertThat(snapshot.unknown()).isEqualTo(unknown);
    }

    @Test
    void takes_the_window_in_calendar_months_from_a_month_end() {
        // 2024-08-31 + 6 months = 2025-02-28; + 3 months = 2025-05-28.
        Learner leftAtMonthEnd = aLearner().graduatedOn(LocalDate.of(2024, 8, 31)).build();

        EmploymentSnapshot inside = sixMonths(leftAtMonthEnd, anOutcome().forLearner(leftAtMonthEnd)
                .observedOn(LocalDate.of(2025, 5, 28)).build());
        EmploymentSnapshot outside = sixMonths(leftAtMonthEnd, anOutcome().forLearner(leftAtMonthEnd)
                .observedOn(LocalDate.of(2025, 5, 29)).build());

        assertThat(inside.salaried()).isEqualTo(1);
        assertThat(outside.unknown()).isEqualTo(1);
    }

    @Test
    void takes_the_follow_up_nearest_the_snapshot_date() {
        EmploymentSnapshot snapshot = sixMonths(leaver,
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.minusDays(5)).situation(Situation.PERMANENT_CONTRACT).build(),
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.plusDays(10)).situation(Situation.FURTHER_STUDIES).build());

        assertThat(snapshot.salaried()).isEqualTo(1);
        assertThat(snapshot.furtherStudies()).isZero();
    }

    @Test
    void between_two_as_near_takes_the_later() {
        EmploymentSnapshot snapshot = sixMonths(leaver,
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.plusDays(10)).situation(Situation.JOB_SEEKING).build(),
                anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON.minusDays(10)).situation(Situation.PERMANENT_CONTRACT).build());

        assertThat(snapshot.notInEmployment()).isEqualTo(1);
        assertThat(snapshot.salaried()).isZero();
    }

    @Test
    void between_two_on_the_same_day_takes_the_greatest_identifier_whatever_the_order_given() {
        LocalDate sameDay = SIX_MONTHS_ON.plusDays(3);
        EmploymentOutcome first = anOutcome().id(1).forLearner(leaver).observedOn(sameDay)
                .situation(Situation.PERMANENT_CONTRACT).build();
        EmploymentOutcome second = anOutcome().id(2).forLearner(leaver).observedOn(sameDay)
                .situation(Situation.INACTIVE).build();

        assertThat(sixMonths(leaver, first, second).notInEmployment()).isEqualTo(1);
        assertThat(sixMonths(leaver, second, first).notInEmployment()).isEqualTo(1);
        assertThat(sixMonths(leaver, second, first).salaried()).isZero();
    }

    @Test
    void counts_a_leaver_only_once_the_snapshot_date_has_come() {
        EmploymentOutcome outcome = anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON).build();
        IndicatorInputs inputs = inputs().learners(leaver).outcomes(outcome).build();

        IndicatorReport onTheDay = Indicators.report(inputs, SIX_MONTHS_ON);
        IndicatorReport dayBefore = Indicators.report(inputs, SIX_MONTHS_ON.minusDays(1));

        assertThat(onTheDay.sixMonths().leavers()).isEqualTo(1);
        assertThat(onTheDay.sixMonths().salaried()).isEqualTo(1);
        assertThat(onTheDay.twelveMonths().leavers()).isZero();
        assertThat(dayBefore.sixMonths().leavers()).isZero();
        assertThat(dayBefore.sixMonths().salaried()).isZero();
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
    void twelve_months_looks_at_its_own_date() {
        IndicatorReport report = inputs().learners(leaver).outcomes(
                        anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(leaver).observedOn(LocalDate.of(2025, 1, 20)).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF);

        assertThat(report.sixMonths().months()).isEqualTo(6);
        assertThat(report.sixMonths().salaried()).isEqualTo(1);
        assertThat(report.twelveMonths().months()).isEqualTo(12);
        assertThat(report.twelveMonths().salaried()).isZero();
        assertThat(report.twelveMonths().notInEmployment()).isEqualTo(1);
    }

    @Test
    void a_new_work_study_contract_counts_as_further_studies() {
        EmploymentSnapshot snapshot = sixMonths(leaver, anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON)
                .situation(Situation.HIRED_WORK_STUDY).build());

        assertThat(snapshot.furtherStudies()).isEqualTo(1);
        assertThat(snapshot.salaried()).isZero();
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(0, 0));
        assertThat(snapshot.wholeCohortRate()).isEqualTo(new Rate(0, 1));
        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(1, 1));
    }

    @Test
    void self_employment_is_favourable_but_not_in_the_employment_rate() {
        EmploymentSnapshot snapshot = sixMonths(leaver, anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON)
                .situation(Situation.SELF_EMPLOYED).build());

        assertThat(snapshot.selfEmployed()).isEqualTo(1);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(0, 1));
        assertThat(snapshot.wholeCohortRate()).isEqualTo(new Rate(0, 1));
        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(1, 1));
    }

    @Test
    void computes_the_three_rates_of_a_cohort() {
        Leavers leavers = new Leavers()
                .with(5, Situation.PERMANENT_CONTRACT)
                .with(3, Situation.FIXED_TERM_6_MONTHS_OR_MORE)
                .with(2, Situation.FIXED_TERM_UNDER_6_MONTHS)
                .with(2, Situation.TEMPORARY_AGENCY_WORK)
                .with(3, Situation.HIRED_WORK_STUDY)
                .with(2, Situation.FURTHER_STUDIES)
                .with(2, Situation.SELF_EMPLOYED)
                .with(2, Situation.JOB_SEEKING)
                .with(1, Situation.INACTIVE)
                .withoutFollowUp(2)
                .followedUpTooLate(1);

        EmploymentSnapshot snapshot = leavers.sixMonths();

        assertThat(snapshot.leavers()).isEqualTo(25);
        assertThat(snapshot.salaried()).isEqualTo(12);
        assertThat(snapshot.furtherStudies()).isEqualTo(5);
        assertThat(snapshot.selfEmployed()).isEqualTo(2);
        assertThat(snapshot.notInEmployment()).isEqualTo(3);
        assertThat(snapshot.unknown()).isEqualTo(3);
        // 12 / (25 - 5), 12 / 25, (5 + 12 + 2) / 25.
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(12, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("60.0"));
        assertThat(snapshot.wholeCohortRate().percent()).contains(new BigDecimal("48.0"));
        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(19, 25));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.7600"));
    }

    @Test
    void removing_further_studies_can_take_the_employment_rate_below_publication() {
        EmploymentSnapshot snapshot = new Leavers()
                .with(10, Situation.PERMANENT_CONTRACT)
                .with(5, Situation.FURTHER_STUDIES)
                .with(9, Situation.JOB_SEEKING)
                .sixMonths();

        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 19));
        assertThat(snapshot.employmentRate().percent()).isEmpty();
        assertThat(snapshot.wholeCohortRate().percent()).contains(new BigDecimal("41.7"));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6250"));
    }

    @Test
    void refuses_counts_that_do_not_add_up_to_the_leavers() {
        Rate none = new Rate(0, 0);

        assertThatIllegalArgumentException().isThrownBy(() ->
                new EmploymentSnapshot(6, 2, 1, 0, 0, 0, 0, none, none, none));
    }

    private static EmploymentSnapshot sixMonths(Learner learner, EmploymentOutcome... outcomes) {
        return inputs().learners(learner).outcomes(outcomes).reportAsOf(AS_OF).sixMonths();
    }

    /** Learners who all left on the same day, each followed up once on their snapshot date. */
    private static final class Leavers {
        private final List<Learner> learners = new ArrayList<>();
        private final List<EmploymentOutcome> outcomes = new ArrayList<>();

        Leavers with(int count, Situation situation) {
            return add(count, situation, SIX_MONTHS_ON);
        }

        Leavers followedUpTooLate(int count) {
            return add(count, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON.plusMonths(3).plusDays(1));
        }

        Leavers withoutFollowUp(int count) {
            for (int i = 0; i < count; i++) {
                learners.add(aLearner().graduatedOn(LEFT_ON).build());
            }
            return this;
        }

        private Leavers add(int count, Situation situation, LocalDate observedOn) {
            for (int i = 0; i < count; i++) {
                Learner learner = aLearner().graduatedOn(LEFT_ON).build();
                learners.add(learner);
                outcomes.add(anOutcome().forLearner(learner).observedOn(observedOn).situation(situation).build());
            }
            return this;
        }

        EmploymentSnapshot sixMonths() {
            return inputs().learners(learners).outcomes(outcomes).reportAsOf(AS_OF).sixMonths();
        }
    }
}
