package org.tremplin.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RuleViolationException")
class RuleViolationExceptionTest {

    @Test
    @DisplayName("carries the field, the stable code and the message, as a RULE_VIOLATED error")
    void carriesFieldCodeAndMessage() {
        var error = new RuleViolationException("status", ErrorCodes.SCHOOL_TRANSITION, "no");

        assertThat(error.field()).contains("status");
        assertThat(error.code()).isEqualTo("school.illegal-transition");
        assertThat(error.getMessage()).isEqualTo("no");
        assertThat(error.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
        assertThat(error).isInstanceOf(TremplinException.class);
    }

    @Test
    @DisplayName("names no field when built from a code and a message only")
    void withoutField() {
        var error = new RuleViolationException(ErrorCodes.CONTRACT_OVERLAP, "overlap");

        assertThat(error.field()).isEmpty();
        assertThat(error.code()).isEqualTo("contract.overlap");
        assertThat(error.getMessage()).isEqualTo("overlap");
    }

    @Test
    @DisplayName("refuses to be built without a code")
    void needsACode() {
        assertThatNullPointerException().isThrownBy(() -> new RuleViolationException(null, "message"));
    }
}
