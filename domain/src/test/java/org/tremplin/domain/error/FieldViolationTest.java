package org.tremplin.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FieldViolation")
class FieldViolationTest {

    @Test
    @DisplayName("holds a field, a code and a message")
    void holdsValues() {
        var violation = new FieldViolation("seats", ErrorCodes.OUT_OF_RANGE, "seats must be between 1 and 200");

        assertThat(violation.field()).isEqualTo("seats");
        assertThat(violation.code()).isEqualTo("value.out-of-range");
        assertThat(violation.message()).isEqualTo("seats must be between 1 and 200");
    }

    @Test
    @DisplayName("needs all three")
    void needsAllThree() {
        assertThatNullPointerException().isThrownBy(() -> new FieldViolation(null, "c", "m")).withMessage("field");
        assertThatNullPointerException().isThrownBy(() -> new FieldViolation("f", null, "m")).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new FieldViolation("f", "c", null)).withMessage("message");
    }
}
