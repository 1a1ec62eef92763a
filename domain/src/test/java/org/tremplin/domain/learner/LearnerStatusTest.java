package org.tremplin.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearnerStatusTest {

    @ParameterizedTest(name = "{0} has left the programme: {1}")
    @CsvSource({"ENROLLED, false", "IN_CENTRE, false", "IN_WORK_STUDY, false", "GRADUATED, true",
            "DROPPED_OUT, true"})
    void hasLeft(LearnerStatus status, boolean left) {
        assertThat(status.hasLeft()).isEqualTo(left);
    }
}
