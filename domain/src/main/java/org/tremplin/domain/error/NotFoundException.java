package org.tremplin.domain.error;


/** The record asked for does not exist, or the caller may not know that it does. */
public final class NotFoundException extends TremplinException {
    public NotFoundException(String what, Object id) {
        super(ErrorCodes.notFound(what), null, what + " " + id + " was not found");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
