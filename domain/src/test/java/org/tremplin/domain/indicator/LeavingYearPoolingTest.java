package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.aProfile;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/**
 * A report for one leaving year counts only that year's leavers; when the year's employment-rate
 * denominator is under 20, each horizon also carries the figures pooled over that year and the
 * year before, as InserJeunes publishes them.
 */
class LeavingYearPoolingTest {
    private static final LeavingYear YEAR_2024 = new LeavingYear(2024);
    private static final LeavingYear YEAR_2023 = new LeavingYear(2023);

    /** Leaving year 2022; six months on 2022-07-17. */
    private static final LocalDate LEFT_IN_2022 = LocalDate.of(2022, 1, 17);
    private static final LocalDate SIX_MONTHS_AFTER_2022 = LocalDate.of(2022, 7, 17);
    /** Leaving year 2023; six months on 2023-07-16. */
    private static final LocalDate LEFT_IN_2023 = LocalDate.of(2023, 1, 16);
    private static final LocalDate SIX_MONTHS_AFTER_2023 = LocalDate.of(2023, 7, 16);
    /** Leaving year 2024; six months on 2024-07-15. */
    private static final LocalDate LEFT_IN_2024 = LocalDate.of(2024, 1, 15);
    private static final LocalDate SIX_MONTHS_AFTER_2024 = LocalDate.of(2024, 7, 15);
    /** Leaving year 2025, though in calendar 2024; six months on 2025-03-16. */
    private static final LocalDate LEFT_IN_2025 = LocalDate.of(2024, 9, 16);
    private static final LocalDate SIX_MONTHS_AFTER_2025 = LocalDate.of(2025, 3, 16);

    /** Every horizon of every leaver here has come. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private final IndicatorTestData.InputsBuilder fourYears = inputs()
            .leavers(3, LEFT_IN_2022, Situation.INACTIVE, SIX_MONTHS_AFTER_2022)
            .leavers(3, LEFT_IN_2023, Situation.FURTHER_STUDIES, SIX_MONTHS_AFTER_2023)
            .leavers(2, LEFT_IN_2024, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2024)
            .leavers(1, LEFT_IN_2024, Situation.JOB_SEEKING, SIX_MONTHS_AFTER_2024)
            .leavers(3, LEFT_IN_2025, Situation.SELF_EMPLOYED, SIX_MONTHS_AFTER_2025);

    @Test
    void counts_only_the_leavers_of_the_year_asked() {
        IndicatorReport report = fourYears.reportAsOf(AS_OF, YEAR_2024);
        EmploymentSnapshot figures = report.sixMonths();

        assertThat(report.leavingYear()).contains(YEAR_2024);
        assertThat(figures.leavingYears()).containsExactly(YEAR_2024);
        assertThat(figures.isPooled()).isFalse();
        assertThat(figures.leavers()).isEqualTo(3);
        assertThat(figures.salaried()).isEqualTo(2);
        assertThat(figures.notInEmployment()).isEqualTo(1);
        assertThat(figures.furtherStudies()).isZero();
        assertThat(figures.selfEmployed()).isZero();
    }

    @Test
    void pools_a_small_year_with_the_year_before_only() {
        FollowUpAtHorizon sixMonths = fourYears.reportAsOf(AS_OF, YEAR_2024).followUp(FollowUpHorizon.SIX_MONTHS);

        EmploymentSnapshot pooled = sixMonths.pooled().orElseThrow();

        // 2024's 3 and 2023's 3; neither 2022's inactive nor 2025's self-employed.
        assertThat(pooled.isPooled()).isTrue();
        assertThat(pooled.leavingYears()).containsExactly(YEAR_2023, YEAR_2024);
        assertThat(pooled.horizon()).isEqualTo(FollowUpHorizon.SIX_MONTHS);
        assertThat(pooled.leavers()).isEqualTo(6);
        assertThat(pooled.salaried()).isEqualTo(2);
        assertThat(pooled.furtherStudies()).isEqualTo(3);
        assertThat(pooled.notInEmployment()).isEqualTo(1);
        assertThat(pooled.selfEmployed()).isZero();
    }

    @Test
    void pooled_figures_can_be_published_where_the_years_alone_cannot() {
        // 2024: 10 permanent + 5 job seeking -> 10 / 15, not published.
        // 2023: 6 permanent + 2 further studies + 2 job seeking.
        // Pooled: 16 salaried / (25 - 2) = 69.6 %, favourable (16 + 2) / 25 = 72 %.
        FollowUpAtHorizon sixMonths = inputs()
                .leavers(10, LEFT_IN_2024, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2024)
                .leavers(5, LEFT_IN_2024, Situation.JOB_SEEKING, SIX_MONTHS_AFTER_2024)
                .leavers(6, LEFT_IN_2023, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2023)
                .leavers(2, LEFT_IN_2023, Situation.FURTHER_STUDIES, SIX_MONTHS_AFTER_2023)
                .leavers(2, LEFT_IN_2023, Situation.JOB_SEEKING, SIX_MONTHS_AFTER_2023)
                .reportAsOf(AS_OF, YEAR_2024).followUp(FollowUpHorizon.SIX_MONTHS);

        assertThat(sixMonths.figures().employmentRate()).isEqualTo(new Rate(10, 15));
        assertThat(sixMonths.figures().employmentRate().percent()).isEmpty();
        EmploymentSnapshot pooled = sixMonths.pooled().orElseThrow();
        assertThat(pooled.employmentRate()).isEqualTo(new Rate(16, 23));
        assertThat(pooled.employmentRate().percent()).contains(new BigDecimal("69.6"));
        assertThat(pooled.favourableRate()).isEqualTo(new Rate(18, 25));
        assertThat(pooled.favourableRate().percent()).contains(new BigDecimal("72.0"));
    }

    @Test
    void does_not_pool_a_year_with_twenty_in_the_denominator() {
        // 15 + 5 job seeking = 20 in the denominator: the year stands alone, whatever 2023 holds.
        FollowUpAtHorizon sixMonths = inputs()
                .leavers(15, LEFT_IN_2024, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2024)
                .leavers(5, LEFT_IN_2024, Situation.FURTHER_STUDIES, SIX_MONTHS_AFTER_2024)
                .leavers(5, LEFT_IN_2024, Situation.JOB_SEEKING, SIX_MONTHS_AFTER_2024)
                .leavers(5, LEFT_IN_2023, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2023)
                .reportAsOf(AS_OF, YEAR_2024).followUp(FollowUpHorizon.SIX_MONTHS);

        assertThat(sixMonths.figures().employmentRate()).isEqualTo(new Rate(15, 20));
        assertThat(sixMonths.pooled()).isEmpty();
    }

    @Test
    void pools_on_the_employment_rate_denominator_not_on_the_number_of_leavers() {
        // 24 leavers, but 24 - 5 in further studies = 19: pooled.
        FollowUpAtHorizon sixMonths = inputs()
                .leavers(15, LEFT_IN_2024, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2024)
                .leavers(5, LEFT_IN_2024, Situation.FURTHER_STUDIES, SIX_MONTHS_AFTER_2024)
                .leavers(4, LEFT_IN_2024, Situation.JOB_SEEKING, SIX_MONTHS_AFTER_2024)
                .leavers(1, LEFT_IN_2023, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2023)
                .reportAsOf(AS_OF, YEAR_2024).followUp(FollowUpHorizon.SIX_MONTHS);

        assertThat(sixMonths.figures().leavers()).isEqualTo(24);
        assertThat(sixMonths.figures().employmentRate()).isEqualTo(new Rate(15, 19));
        assertThat(sixMonths.pooled()).isPresent();
        // (15 + 1) / (25 - 5) = 80 %.
        assertThat(sixMonths.pooled().orElseThrow().employmentRate()).isEqualTo(new Rate(16, 20));
        assertThat(sixMonths.pooled().orElseThrow().employmentRate().percent()).contains(new BigDecimal("80.0"));
    }

    @Test
    void decides_to_pool_horizon_by_horizon() {
        // As of 2024-12-31, the 20 leavers of 2024 count at six months (2024-07-15) but not yet at
        // twelve (2025-01-15): twelve months has nobody, so it is pooled, and six months is not.
        IndicatorReport report = inputs()
                .leavers(20, LEFT_IN_2024, Situation.PERMANENT_CONTRACT, SIX_MONTHS_AFTER_2024)
                .reportAsOf(LocalDate.of(2024, 12, 31), YEAR_2024);

        assertThat(report.followUp(FollowUpHorizon.SIX_MONTHS).pooled()).isEmpty();
        assertThat(report.followUp(FollowUpHorizon.TWELVE_MONTHS).figures().leavers()).isZero();
        assertThat(report.followUp(FollowUpHorizon.TWELVE_MONTHS).pooled()).isPresent();
    }

    @Test
    void without_a_leaving_year_counts_every_leaver_and_pools_nothing() {
        IndicatorReport report = fourYears.reportAsOf(AS_OF);

        assertThat(report.leavingYear()).isEmpty();
        assertThat(report.followUps()).allSatisfy(followUp -> {
            assertThat(followUp.pooled()).isEmpty();
            assertThat(followUp.figures().leavingYears()).isEmpty();
            assertThat(followUp.figures().isPooled()).isFalse();
            assertThat(followUp.figures().leavers()).isEqualTo(12);
        });
        // 3 inactive + 3 further studies + 2 permanent + 1 job seeking + 3 self-employed at six months.
        assertThat(report.sixMonths().notInEmployment()).isEqualTo(4);
        assertThat(report.sixMonths().furtherStudies()).isEqualTo(3);
        assertThat(report.sixMonths().salaried()).isEqualTo(2);
        assertThat(report.sixMonths().selfEmployed()).isEqualTo(3);
        assertThat(Indicators.report(fourYears.build(), AS_OF, Optional.empty())).isEqualTo(report);
    }

    /** The first leaving year has no year before it: too small, it is not pooled, and the report does not fail. */
    @Test
    void a_report_for_the_first_leaving_year_is_not_pooled() {
        LeavingYear first = new LeavingYear(LeavingYear.MIN_END_YEAR);

        assertThatCode(() -> inputs().reportAsOf(AS_OF, first)).doesNotThrowAnyException();
        assertThat(inputs().reportAsOf(AS_OF, first).followUps())
                .allSatisfy(followUp -> assertThat(followUp.pooled()).isEmpty());
    }

    /** A leaver of long ago, whatever the year, never makes a report fail. */
    @Test
    void a_leaver_of_long_ago_is_counted_in_their_own_year() {
        var report = inputs().learners(aLearner().profile(aProfile().bornOn(LocalDate.of(1960, 3, 1)))
                .enrolledOn(LocalDate.of(1984, 9, 3)).graduatedOn(LocalDate.of(1985, 6, 28)).build()).build();

        assertThatCode(() -> Indicators.report(report, AS_OF, Optional.empty())).doesNotThrowAnyException();
        assertThat(Indicators.report(report, AS_OF, Optional.of(new LeavingYear(1985))).sixMonths().leavers())
                .isEqualTo(1);
    }
}
