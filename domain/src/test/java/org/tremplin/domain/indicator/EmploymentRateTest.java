package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/**
 * The official employment rate at +N months: leavers in salaried employment ÷ (leavers − leavers in
 * further studies), a new work-study contract counting as further studies.
 */
class EmploymentRateTest {
    /** Six months after leaving falls on 2024-07-15, where every follow-up here is observed. */
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2024, 7, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void is_salaried_leavers_among_those_not_in_further_studies() {
        // 25 leavers, 3 + 2 in further studies: 12 / (25 - 5) = 60 %.
        EmploymentSnapshot snapshot = inputs()
                .leavers(12, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(3, LEFT_ON, Situation.FURTHER_STUDIES, SIX_MONTHS_ON)
                .leavers(2, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .leavers(4, LEFT_ON, Situation.JOB_SEEKING, SIX_MONTHS_ON)
                .leavers(2, LEFT_ON, Situation.SELF_EMPLOYED, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(2, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(12, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("60.0"));
        assertThat(snapshot.employmentRate().value()).contains(new BigDecimal("0.6000"));
    }

    @Test
    void a_new_work_study_contract_is_further_studies_and_leaves_the_denominator() {
        // 20 / (30 - 5) = 80 %. Counted as salaried it would be 25 / 30 = 83.3 %; counted as neither, 20 / 30.
        EmploymentSnapshot snapshot = inputs()
                .leavers(20, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(5, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .leavers(5, LEFT_ON, Situation.JOB_SEEKING, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.furtherStudies()).isEqualTo(5);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(20, 25));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("80.0"));
    }

    @Test
    void a_lone_leaver_in_a_new_work_study_contract_leaves_nobody_to_count() {
        EmploymentSnapshot snapshot = inputs()
                .leavers(1, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.furtherStudies()).isEqualTo(1);
        assertThat(snapshot.salaried()).isZero();
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(0, 0));
        assertThat(snapshot.employmentRate().isSuppressed()).isTrue();
    }

    @Test
    void self_employed_and_unknown_leavers_stay_in_the_denominator() {
        // 10 / 20: the 5 self-employed and the 5 never followed up count against the rate.
        EmploymentSnapshot snapshot = inputs()
                .leavers(10, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(5, LEFT_ON, Situation.SELF_EMPLOYED, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(5, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void taking_out_further_studies_can_take_the_denominator_below_publication() {
        // 24 leavers, but 24 - 5 = 19 in the denominator: not published.
        EmploymentSnapshot snapshot = inputs()
                .leavers(10, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(5, LEFT_ON, Situation.FURTHER_STUDIES, SIX_MONTHS_ON)
                .leavers(9, LEFT_ON, Situation.JOB_SEEKING, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.leavers()).isEqualTo(24);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 19));
        assertThat(snapshot.employmentRate().percent()).isEmpty();
        // The figures over all 24 leavers are still published: 10 / 24 salaried, (10 + 5) / 24 favourable.
        assertThat(snapshot.shares().salariedShare().percent()).contains(new BigDecimal("41.7"));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6250"));
    }
}
