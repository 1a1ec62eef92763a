package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SituationCategoryTest {

    @ParameterizedTest(name = "{0} is employment: {1}")
    @CsvSource({"SALARIED_EMPLOYMENT, true", "SELF_EMPLOYMENT, true", "FURTHER_STUDIES, false",
            "NOT_IN_EMPLOYMENT, false", "UNKNOWN, false"})
    void isEmployment(SituationCategory category, boolean employment) {
        assertThat(category.isEmployment()).isEqualTo(employment);
    }
}
