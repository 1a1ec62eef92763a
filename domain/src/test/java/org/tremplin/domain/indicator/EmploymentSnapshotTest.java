package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/**
 * The figures at one horizon: every leaver counted in exactly one category, and every rate of the
 * report worked out from those counts. Each definition has its own test class; this one checks them
 * together on one cohort, with every number worked out by hand.
 */
class EmploymentSnapshotTest {
    @Test
    void counts_a_cohort_and_works_out_every_figure_from_the_counts() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(5, Situation.PERMANENT_CONTRACT)
                .leavers(3, Situation.FIXED_TERM_6_MONTHS_OR_MORE)
                .leavers(2, Situation.FIXED_TERM_UNDER_6_MONTHS)
                .leavers(2, Situation.TEMPORARY_AGENCY_WORK)
                .leavers(3, Situation.HIRED_WORK_STUDY)
                .leavers(2, Situation.FURTHER_STUDIES)
                .leavers(2, Situation.SELF_EMPLOYED)
                .leavers(2, Situation.JOB_SEEKING)
                .leavers(1, Situation.INACTIVE)
                .leaversWithoutFollowUp(2)
                .leaversSeenOutsideTheWindow(1, Situation.PERMANENT_CONTRACT)
                .sixMonths();

        assertThat(snapshot.horizon()).isEqualTo(FollowUpHorizon.SIX_MONTHS);
        assertThat(snapshot.months()).isEqualTo(6);
        assertThat(snapshot.leavers()).isEqualTo(25);
        assertThat(snapshot.salaried()).isEqualTo(12);
        assertThat(snapshot.furtherStudies()).isEqualTo(5);
        assertThat(snapshot.selfEmployed()).isEqualTo(2);
        assertThat(snapshot.notInEmployment()).isEqualTo(3);
        assertThat(snapshot.unknown()).isEqualTo(3);
        // 12 / (25 - 5) = 60 %.
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(12, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("60.0"));
        // (5 + 12) / 25 = 68 %: the 2 self-employed are not favourable.
        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(17, 25));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6800"));
        // 12, 5 and 2 + 3 + 3 = 8 of 25: 48 %, 20 %, 32 %.
        assertThat(snapshot.shares()).isEqualTo(new WholeCohortShares(12, 5, 8));
        assertThat(snapshot.shares().percents()).contains(List.of(
                new BigDecimal("48.0"), new BigDecimal("20.0"), new BigDecimal("32.0")));
        assertThat(snapshot.selfEmployedShare()).isEqualTo(new Rate(2, 25));
        assertThat(snapshot.selfEmployedShare().percent()).contains(new BigDecimal("8.0"));
        // 25 - 3 unknown = 22 known: 88 %.
        assertThat(snapshot.coverage()).isEqualTo(new Rate(22, 25));
        assertThat(snapshot.coverage().percent()).contains(new BigDecimal("88.0"));
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void nobody_to_count_gives_empty_counts_and_suppressed_rates() {
        EmploymentSnapshot snapshot = cohort().sixMonths();

        assertThat(snapshot.leavers()).isZero();
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(0, 0));
        assertThat(snapshot.employmentRate().isSuppressed()).isTrue();
        assertThat(snapshot.favourableRate().isSuppressed()).isTrue();
        assertThat(snapshot.shares().percents()).isEmpty();
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void leavers_are_the_sum_of_the_five_categories() {
        EmploymentSnapshot snapshot = new EmploymentSnapshot(FollowUpHorizon.TWELVE_MONTHS, List.of(), 1, 2, 3, 4, 5);

        assertThat(snapshot.leavers()).isEqualTo(15);
        assertThat(snapshot.months()).isEqualTo(12);
    }

    @Test
    void refuses_negative_counts() {
        FollowUpHorizon six = FollowUpHorizon.SIX_MONTHS;

        assertThatIllegalArgumentException().isThrownBy(() -> new EmploymentSnapshot(six, List.of(), -1, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmploymentSnapshot(six, List.of(), 0, -1, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmploymentSnapshot(six, List.of(), 0, 0, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmploymentSnapshot(six, List.of(), 0, 0, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmploymentSnapshot(six, List.of(), 0, 0, 0, 0, -1));
    }

    @Test
    void is_pooled_when_it_counts_two_leaving_years_kept_in_order() {
        LeavingYear year2023 = new LeavingYear(2023);
        LeavingYear year2024 = new LeavingYear(2024);

        EmploymentSnapshot pooled = new EmploymentSnapshot(FollowUpHorizon.SIX_MONTHS, List.of(year2024, year2023),
                0, 0, 0, 0, 0);

        assertThat(pooled.leavingYears()).containsExactly(year2023, year2024);
        assertThat(pooled.isPooled()).isTrue();
        assertThat(new EmploymentSnapshot(FollowUpHorizon.SIX_MONTHS, List.of(year2024), 0, 0, 0, 0, 0).isPooled())
                .isFalse();
        assertThat(new EmploymentSnapshot(FollowUpHorizon.SIX_MONTHS, List.of(), 0, 0, 0, 0, 0).isPooled()).isFalse();
    }

    @Test
    void figures_at_a_horizon_refuse_figures_of_another_horizon_or_pooled_figures_that_are_not_pooled() {
        EmploymentSnapshot six = new EmploymentSnapshot(FollowUpHorizon.SIX_MONTHS, List.of(new LeavingYear(2024)),
                0, 0, 0, 0, 0);
        EmploymentSnapshot twelve = new EmploymentSnapshot(FollowUpHorizon.TWELVE_MONTHS, List.of(), 0, 0, 0, 0, 0);
        EmploymentSnapshot pooledTwelve = new EmploymentSnapshot(FollowUpHorizon.TWELVE_MONTHS,
                List.of(new LeavingYear(2023), new LeavingYear(2024)), 0, 0, 0, 0, 0);

        assertThatIllegalArgumentException().isThrownBy(() ->
                new FollowUpAtHorizon(FollowUpHorizon.SIX_MONTHS, twelve, Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new FollowUpAtHorizon(FollowUpHorizon.SIX_MONTHS, six, Optional.of(six)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new FollowUpAtHorizon(FollowUpHorizon.SIX_MONTHS, six, Optional.of(pooledTwelve)));
    }
}
