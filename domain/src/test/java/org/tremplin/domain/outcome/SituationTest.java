package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SituationTest {

    @ParameterizedTest(name = "{0}: {1}, employer required {2}, employer allowed {3}")
    @CsvSource({
            "PERMANENT_CONTRACT, SALARIED_EMPLOYMENT, true, true",
            "FIXED_TERM_6_MONTHS_OR_MORE, SALARIED_EMPLOYMENT, true, true",
            "FIXED_TERM_UNDER_6_MONTHS, SALARIED_EMPLOYMENT, true, true",
            "TEMPORARY_AGENCY_WORK, SALARIED_EMPLOYMENT, true, true",
            "HIRED_WORK_STUDY, FURTHER_STUDIES, true, true",
            "SELF_EMPLOYED, SELF_EMPLOYMENT, false, true",
            "FURTHER_STUDIES, FURTHER_STUDIES, false, false",
            "JOB_SEEKING, NOT_IN_EMPLOYMENT, false, false",
            "INACTIVE, NOT_IN_EMPLOYMENT, false, false",
            "UNKNOWN, UNKNOWN, false, false"})
    void categoryAndEmployer(Situation situation, SituationCategory category, boolean hasEmployer,
                             boolean mayNameEmployer) {
        assertThat(situation.category()).isEqualTo(category);
        assertThat(situation.hasEmployer()).isEqualTo(hasEmployer);
        assertThat(situation.mayNameEmployer()).isEqualTo(mayNameEmployer);
    }
}
