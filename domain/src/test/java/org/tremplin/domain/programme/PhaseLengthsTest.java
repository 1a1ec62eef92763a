package org.tremplin.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("PhaseLengths")
class PhaseLengthsTest {

    @Test
    @DisplayName("the Écoles IA format is 7 months in centre then 12 months of work-study")
    void ecoleIa() {
        assertThat(PhaseLengths.ECOLE_IA).isEqualTo(new PhaseLengths(7, 12));
    }

    @ParameterizedTest(name = "accepts {0} months in centre")
    @ValueSource(ints = {1, 7, 24})
    void acceptsCentreMonths(int months) {
        assertThat(new PhaseLengths(months, 12).centreMonths()).isEqualTo(months);
    }

    @ParameterizedTest(name = "refuses {0} months in centre")
    @ValueSource(ints = {-1, 0, 25})
    void refusesCentreMonths(int months) {
        var error = assertInvalid(() -> new PhaseLengths(months, 12), ErrorCodes.OUT_OF_RANGE, "centreMonths");

        assertThat(error).hasMessage("centreMonths must be between 1 and 24");
    }

    @ParameterizedTest(name = "accepts {0} months of work-study")
    @ValueSource(ints = {0, 12, 36})
    void acceptsWorkStudyMonths(int months) {
        assertThat(new PhaseLengths(7, months).workStudyMonths()).isEqualTo(months);
    }

    @ParameterizedTest(name = "refuses {0} months of work-study")
    @ValueSource(ints = {-1, 37})
    void refusesWorkStudyMonths(int months) {
        var error = assertInvalid(() -> new PhaseLengths(7, months), ErrorCodes.OUT_OF_RANGE, "workStudyMonths");

        assertThat(error).hasMessage("workStudyMonths must be between 0 and 36");
    }
}
