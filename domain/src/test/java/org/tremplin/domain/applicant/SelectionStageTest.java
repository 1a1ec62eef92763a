package org.tremplin.domain.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SelectionStage")
class SelectionStageTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "APPLIED, APPLIED, false", "APPLIED, PRESELECTED, true", "APPLIED, SELECTED, false",
            "APPLIED, ENROLLED, false", "APPLIED, REJECTED, true", "APPLIED, WITHDREW, true",
            "PRESELECTED, APPLIED, false", "PRESELECTED, PRESELECTED, false", "PRESELECTED, SELECTED, true",
            "PRESELECTED, ENROLLED, false", "PRESELECTED, REJECTED, true", "PRESELECTED, WITHDREW, true",
            "SELECTED, APPLIED, false", "SELECTED, PRESELECTED, false", "SELECTED, SELECTED, false",
            "SELECTED, ENROLLED, true", "SELECTED, REJECTED, true", "SELECTED, WITHDREW, true",
            "ENROLLED, APPLIED, false", "ENROLLED, PRESELECTED, false", "ENROLLED, SELECTED, false",
            "ENROLLED, ENROLLED, false", "ENROLLED, REJECTED, false", "ENROLLED, WITHDREW, false",
            "REJECTED, APPLIED, false", "REJECTED, PRESELECTED, false", "REJECTED, SELECTED, false",
            "REJECTED, ENROLLED, false", "REJECTED, REJECTED, false", "REJECTED, WITHDREW, false",
            "WITHDREW, APPLIED, false", "WITHDREW, PRESELECTED, false", "WITHDREW, SELECTED, false",
            "WITHDREW, ENROLLED, false", "WITHDREW, REJECTED, false", "WITHDREW, WITHDREW, false"})
    void canMoveTo(SelectionStage from, SelectionStage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} is final: {1}")
    @CsvSource({"APPLIED, false", "PRESELECTED, false", "SELECTED, false", "ENROLLED, true", "REJECTED, true",
            "WITHDREW, true"})
    void isFinal(SelectionStage stage, boolean isFinal) {
        assertThat(stage.isFinal()).isEqualTo(isFinal);
    }

    @Test
    @DisplayName("the funnel proper is applied, pre-selected, selected and enrolled")
    void funnel() {
        assertThat(SelectionStage.FUNNEL).containsExactly(SelectionStage.APPLIED, SelectionStage.PRESELECTED,
                SelectionStage.SELECTED, SelectionStage.ENROLLED);
    }
}
