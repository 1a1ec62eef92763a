package org.tremplin.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;

/** Asserts that a domain call fails with the exact exception type, stable code and field. */
public final class DomainAssertions {
    private DomainAssertions() {
    }

    public static InvalidValueException assertInvalid(ThrowingCallable call, String code, String field) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected an InvalidValueException with code %s on %s", code, field)
                .isInstanceOf(InvalidValueException.class);
        InvalidValueException error = (InvalidValueException) thrown;
        assertThat(error.code()).as("code").isEqualTo(code);
        assertThat(error.field()).as("field").contains(field);
        assertThat(error.kind()).isEqualTo(ErrorKind.INVALID);
        return error;
    }

    public static RuleViolationException assertViolation(ThrowingCallable call, String code, String field) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a RuleViolationException with code %s on %s", code, field)
                .isInstanceOf(RuleViolationException.class);
        RuleViolationException error = (RuleViolationException) thrown;
        assertThat(error.code()).as("code").isEqualTo(code);
        assertThat(error.field()).as("field").contains(field);
        assertThat(error.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
        return error;
    }
}
