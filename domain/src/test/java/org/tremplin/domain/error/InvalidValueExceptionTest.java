package org.tremplin.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InvalidValueException")
class InvalidValueExceptionTest {

    @Test
    @DisplayName("carries the field, the stable code and the message, as an INVALID error")
    void carriesFieldCodeAndMessage() {
        var error = new InvalidValueException("email", ErrorCodes.EMAIL_FORMAT, "email is not an e-mail address");

        assertThat(error.field()).contains("email");
        assertThat(error.code()).isEqualTo("person.email-format");
        assertThat(error.getMessage()).isEqualTo("email is not an e-mail address");
        assertThat(error.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(error).isInstanceOf(TremplinException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("refuses to be built without a code")
    void needsACode() {
        assertThatNullPointerException().isThrownBy(() -> new InvalidValueException("email", null, "message"))
                .withMessage("code");
    }

    @Test
    @DisplayName("always names a field")
    void needsAField() {
        assertThatNullPointerException().isThrownBy(() -> new InvalidValueException(null, ErrorCodes.REQUIRED, "m"))
                .withMessage("field");
    }

    @Test
    @DisplayName("built from one field, lists that one violation")
    void singleViolation() {
        var error = new InvalidValueException("name", ErrorCodes.REQUIRED, "name is required");

        assertThat(error.violations()).containsExactly(
                new FieldViolation("name", ErrorCodes.REQUIRED, "name is required"));
    }

    @Test
    @DisplayName("built from several violations, reports the first and joins every message")
    void severalViolations() {
        var error = new InvalidValueException(List.of(
                new FieldViolation("name", ErrorCodes.REQUIRED, "name is required"),
                new FieldViolation("seats", ErrorCodes.OUT_OF_RANGE, "seats must be between 1 and 200")));

        assertThat(error.field()).contains("name");
        assertThat(error.code()).isEqualTo(ErrorCodes.REQUIRED);
        assertThat(error.getMessage()).isEqualTo("name is required; seats must be between 1 and 200");
        assertThat(error.violations()).extracting(FieldViolation::field).containsExactly("name", "seats");
    }

    @Test
    @DisplayName("keeps its own copy of the violations")
    void violationsAreCopied() {
        var violations = new ArrayList<>(List.of(new FieldViolation("name", ErrorCodes.REQUIRED, "m")));
        var error = new InvalidValueException(violations);

        violations.add(new FieldViolation("town", ErrorCodes.REQUIRED, "m"));

        assertThat(error.violations()).hasSize(1);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> error.violations().add(violations.get(1)));
    }
}
