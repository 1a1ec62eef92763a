package org.tremplin.domain.error;


/**
 * The change lost a race or collides with existing data: a stale version, or a value that must be
 * unique and is already taken. Nothing was written.
 */
public final class ConflictException extends TremplinException {

    public ConflictException(String code, String field, String message) {
        super(code, field, message);
    }

    public static ConflictException staleVersion(String what, Object id) {
        return new ConflictException(ErrorCodes.STALE_VERSION, null,
                what + " " + id + " was changed by someone else since it was read; reload it and try again");
    }

    public static ConflictException alreadyExists(String what, Object id) {
        return new ConflictException(ErrorCodes.ALREADY_EXISTS, null, what + " " + id + " already exists");
    }

    /** A value that must be unique is taken; the message never repeats the value (it may be personal). */
    public static ConflictException taken(String what, String field) {
        return new ConflictException(ErrorCodes.taken(what, field), field, "another " + what + " already has this " + field);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
