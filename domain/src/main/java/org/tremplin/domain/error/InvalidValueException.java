package org.tremplin.domain.error;

/** A value that is malformed, missing or out of range; {@link #field()} names it. */
public final class InvalidValueException extends TremplinException {
    public InvalidValueException(String field, String code, String message) {
        super(code, field, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }
}
