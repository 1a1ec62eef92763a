package org.tremplin.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiplomaTest {

    @ParameterizedTest(name = "{0} is below the baccalauréat: {1}")
    @CsvSource({"NONE, true", "BELOW_BAC, true", "BAC, false", "BAC_PLUS_2, false", "BAC_PLUS_3_OR_MORE, false"})
    void belowBac(Diploma diploma, boolean belowBac) {
        assertThat(diploma.isBelowBac()).isEqualTo(belowBac);
    }
}
