package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.outcome.Situation;

/** The official favourable-outcome rate: (further studies + salaried employment) ÷ every leaver. */
class FavourableRateTest {
    /** Six months after leaving falls on 2024-07-15, where every follow-up here is observed. */
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2024, 7, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void is_further_studies_and_salaried_among_every_leaver() {
        // (5 + 12) / 25 = 68 %: job seekers, self-employed and unknown count only in the denominator.
        EmploymentSnapshot snapshot = inputs()
                .leavers(12, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(3, LEFT_ON, Situation.FURTHER_STUDIES, SIX_MONTHS_ON)
                .leavers(2, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .leavers(4, LEFT_ON, Situation.JOB_SEEKING, SIX_MONTHS_ON)
                .leavers(2, LEFT_ON, Situation.SELF_EMPLOYED, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(2, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(17, 25));
        assertThat(snapshot.favourableRate().value()).contains(new BigDecimal("0.6800"));
        assertThat(snapshot.favourableRate().percent()).contains(new BigDecimal("68.0"));
    }

    @Test
    void leaves_out_self_employment() {
        // (5 + 5) / 20 = 50 %; with the 10 self-employed it would have been 100 %.
        EmploymentSnapshot snapshot = inputs()
                .leavers(5, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(5, LEFT_ON, Situation.FURTHER_STUDIES, SIX_MONTHS_ON)
                .leavers(10, LEFT_ON, Situation.SELF_EMPLOYED, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.favourableRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void counts_a_new_work_study_contract_as_favourable() {
        EmploymentSnapshot lone = inputs()
                .leavers(1, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();
        EmploymentSnapshot half = inputs()
                .leavers(10, LEFT_ON, Situation.HIRED_WORK_STUDY, SIX_MONTHS_ON)
                .leavers(10, LEFT_ON, Situation.INACTIVE, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(lone.favourableRate()).isEqualTo(new Rate(1, 1));
        assertThat(half.favourableRate()).isEqualTo(new Rate(10, 20));
        assertThat(half.favourableRate().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void counts_leavers_never_followed_up_against_it() {
        EmploymentSnapshot snapshot = inputs()
                .leavers(10, LEFT_ON, Situation.TEMPORARY_AGENCY_WORK, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(10, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(10, 20));
    }
}
