package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.mixedCohortOfTwentyFive;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/**
 * The official employment rate at +N months: leavers in salaried employment ÷ (leavers − leavers in
 * further studies), a new work-study contract counting as further studies.
 */
class EmploymentRateTest {
    @Test
    void is_salaried_leavers_among_those_not_in_further_studies() {
        // 25 leavers, 3 + 2 in further studies: 12 / (25 - 5) = 60 %.
        EmploymentSnapshot snapshot = mixedCohortOfTwentyFive();

        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(12, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("60.0"));
        assertThat(snapshot.employmentRate().value()).contains(new BigDecimal("0.6000"));
    }

    @Test
    void a_new_work_study_contract_is_further_studies_and_leaves_the_denominator() {
        // 20 / (30 - 5) = 80 %. Counted as salaried it would be 25 / 30 = 83.3 %; counted as neither, 20 / 30.
        EmploymentSnapshot snapshot = cohort()
                .leavers(20, Situation.PERMANENT_CONTRACT)
                .leavers(5, Situation.HIRED_WORK_STUDY)
                .leavers(5, Situation.JOB_SEEKING)
                .sixMonths();

        assertThat(snapshot.furtherStudies()).isEqualTo(5);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(20, 25));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("80.0"));
    }

    @Test
    void a_lone_leaver_in_a_new_work_study_contract_leaves_nobody_to_count() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(1, Situation.HIRED_WORK_STUDY)
                .sixMonths();

        assertThat(snapshot.furtherStudies()).isEqualTo(1);
        assertThat(snapshot.salaried()).isZero();
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(0, 0));
        assertThat(snapshot.employmentRate().isSuppressed()).isTrue();
    }

    @Test
    void self_employed_and_unknown_leavers_stay_in_the_denominator() {
        // 10 / 20: the 5 self-employed and the 5 never followed up count against the rate.
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.PERMANENT_CONTRACT)
                .leavers(5, Situation.SELF_EMPLOYED)
                .leaversWithoutFollowUp(5)
                .sixMonths();

        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void taking_out_further_studies_can_take_the_denominator_below_publication() {
        // 24 leavers, but 24 - 5 = 19 in the denominator: not published.
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.PERMANENT_CONTRACT)
                .leavers(5, Situation.FURTHER_STUDIES)
                .leavers(9, Situation.JOB_SEEKING)
                .sixMonths();

        assertThat(snapshot.leavers()).isEqualTo(24);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 19));
        assertThat(snapshot.employmentRate().percent()).isEmpty();
        // The figures over all 24 leavers are still published: 10 / 24 salaried, (10 + 5) / 24 favourable.
        assertThat(snapshot.shares().salariedShare().percent()).contains(new BigDecimal("41.7"));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6250"));
    }
}
