package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.AS_OF;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.LEFT_ON;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.SIX_MONTHS_ON;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Situation;

/**
 * Salaried employment, as InserJeunes counts it: a permanent contract, a fixed-term contract of any
 * length, or temporary agency work. Self-employment is a category of its own, in no official rate.
 */
class SalariedEmploymentTest {
    @ParameterizedTest(name = "{0}: salaried {1}, self-employed {2}, further studies {3}, not in employment {4}, unknown {5}")
    @CsvSource({
            "PERMANENT_CONTRACT,          1, 0, 0, 0, 0",
            "FIXED_TERM_6_MONTHS_OR_MORE, 1, 0, 0, 0, 0",
            "FIXED_TERM_UNDER_6_MONTHS,   1, 0, 0, 0, 0",
            "TEMPORARY_AGENCY_WORK,       1, 0, 0, 0, 0",
            "HIRED_WORK_STUDY,            0, 0, 1, 0, 0",
            "SELF_EMPLOYED,               0, 1, 0, 0, 0",
            "FURTHER_STUDIES,             0, 0, 1, 0, 0",
            "JOB_SEEKING,                 0, 0, 0, 1, 0",
            "INACTIVE,                    0, 0, 0, 1, 0",
            "UNKNOWN,                     0, 0, 0, 0, 1"})
    void counts_each_situation_in_exactly_one_category(Situation situation, long salaried, long selfEmployed,
                                                       long furtherStudies, long notInEmployment, long unknown) {
        Learner leaver = aLeaver(LEFT_ON).build();

        EmploymentSnapshot snapshot = inputs().learners(leaver)
                .outcomes(anOutcome().forLearner(leaver).observedOn(SIX_MONTHS_ON).situation(situation).build())
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.leavers()).isEqualTo(1);
        assertThat(snapshot.salaried()).isEqualTo(salaried);
        assertThat(snapshot.selfEmployed()).isEqualTo(selfEmployed);
        assertThat(snapshot.furtherStudies()).isEqualTo(furtherStudies);
        assertThat(snapshot.notInEmployment()).isEqualTo(notInEmployment);
        assertThat(snapshot.unknown()).isEqualTo(unknown);
    }

    @Test
    void fixed_term_contracts_of_any_length_and_agency_work_are_all_salaried() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(5, Situation.PERMANENT_CONTRACT)
                .leavers(5, Situation.FIXED_TERM_6_MONTHS_OR_MORE)
                .leavers(5, Situation.FIXED_TERM_UNDER_6_MONTHS)
                .leavers(5, Situation.TEMPORARY_AGENCY_WORK)
                .sixMonths();

        assertThat(snapshot.salaried()).isEqualTo(20);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(20, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("100.0"));
    }

    @Test
    void self_employment_is_in_neither_official_rate_but_has_its_own_local_share() {
        // 10 permanent + 10 self-employed: 10 / 20 employed, 10 / 20 favourable, 10 / 20 self-employed.
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.PERMANENT_CONTRACT)
                .leavers(10, Situation.SELF_EMPLOYED)
                .sixMonths();

        assertThat(snapshot.salaried()).isEqualTo(10);
        assertThat(snapshot.selfEmployed()).isEqualTo(10);
        assertThat(snapshot.employmentRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.employmentRate().percent()).contains(new BigDecimal("50.0"));
        assertThat(snapshot.favourableRate()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.favourableRate().percent()).contains(new BigDecimal("50.0"));
        assertThat(snapshot.selfEmployedShare()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.selfEmployedShare().percent()).contains(new BigDecimal("50.0"));
    }

    @Test
    void the_official_rates_do_not_tell_self_employment_from_job_seeking() {
        // Differencing: the same cohort, once self-employed, once job seeking. The official rates
        // must not move; only the local self-employment share does.
        EmploymentSnapshot selfEmployed = cohort()
                .leavers(12, Situation.PERMANENT_CONTRACT)
                .leavers(3, Situation.FURTHER_STUDIES)
                .leavers(8, Situation.SELF_EMPLOYED)
                .sixMonths();
        EmploymentSnapshot jobSeeking = cohort()
                .leavers(12, Situation.PERMANENT_CONTRACT)
                .leavers(3, Situation.FURTHER_STUDIES)
                .leavers(8, Situation.JOB_SEEKING)
                .sixMonths();

        // 12 / (23 - 3) and (12 + 3) / 23, either way.
        assertThat(selfEmployed.employmentRate()).isEqualTo(new Rate(12, 20)).isEqualTo(jobSeeking.employmentRate());
        assertThat(selfEmployed.favourableRate()).isEqualTo(new Rate(15, 23)).isEqualTo(jobSeeking.favourableRate());
        assertThat(selfEmployed.shares().percents()).isEqualTo(jobSeeking.shares().percents());
        assertThat(selfEmployed.selfEmployedShare()).isEqualTo(new Rate(8, 23));
        assertThat(jobSeeking.selfEmployedShare()).isEqualTo(new Rate(0, 23));
    }
}
