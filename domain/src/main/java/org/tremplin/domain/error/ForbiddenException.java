package org.tremplin.domain.error;


/** The caller is known but not allowed to do this. */
public final class ForbiddenException extends TremplinException {
    public ForbiddenException(String code, String message) {
        super(code, null, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
