package org.tremplin.domain.error;

import java.util.Objects;

/** One invalid field: its name, a stable code, and an English default message. */
public record FieldViolation(String field, String code, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
