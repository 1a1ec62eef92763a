package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.mixedCohortOfTwentyFive;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/** The official favourable-outcome rate: (further studies + salaried employment) ÷ every leaver. */
class FavourableRateTest {
    @Test
    void is_further_studies_and_salaried_among_every_leaver() {
        // (5 + 12) / 25 = 68 %: job seekers, self-employed and unknown count only in the denominator.
        EmploymentSnapshot snapshot = mixedCohortOfTwentyFive();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(17, 25));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6800"));
        assertThat(snapshot.favourableRate().percent()).contains(new BigDecimal("68.0"));
    }

    @Test
    void leaves_out_self_employment() {
        // (5 + 5) / 20 = 50 %; with the 10 self-employed it would have been 100 %.
        EmploymentSnapshot snapshot = cohort()
                .leavers(5, Situation.PERMANENT_CONTRACT)
                .leavers(5, Situation.FURTHER_STUDIES)
                .leavers(10, Situation.SELF_EMPLOYED)
                .sixMonths();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.favourableRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void counts_a_new_work_study_contract_as_favourable() {
        EmploymentSnapshot lone = cohort()
                .leavers(1, Situation.HIRED_WORK_STUDY)
                .sixMonths();
        EmploymentSnapshot half = cohort()
                .leavers(10, Situation.HIRED_WORK_STUDY)
                .leavers(10, Situation.INACTIVE)
                .sixMonths();

        assertThat(lone.favourableRate()).isEqualTo(new Rate(1, 1));
        assertThat(half.favourableRate()).isEqualTo(new Rate(10, 20));
        assertThat(half.favourableRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void counts_leavers_never_followed_up_against_it() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.TEMPORARY_AGENCY_WORK)
                .leaversWithoutFollowUp(10)
                .sixMonths();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(10, 20));
    }
}
