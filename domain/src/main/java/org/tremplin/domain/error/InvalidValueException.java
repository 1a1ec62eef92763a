package org.tremplin.domain.error;

import java.util.List;

/**
 * One or more values that are malformed, missing or out of range. {@link #field()} names the
 * first; {@link #violations()} lists them all, so that a form or an API client can show every
 * problem at once.
 */
public final class InvalidValueException extends TremplinException {
    private final List<FieldViolation> violations;

    public InvalidValueException(String field, String code, String message) {
        this(List.of(new FieldViolation(field, code, message)));
    }

    public InvalidValueException(List<FieldViolation> violations) {
        super(violations.getFirst().code(), violations.getFirst().field(), summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.size() == 1 ? violations.getFirst().message()
                : String.join("; ", violations.stream().map(FieldViolation::message).toList());
    }
}
