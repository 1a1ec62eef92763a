package org.tremplin.domain.error;


/** A service the application depends on is not answering; the same request may succeed later. */
public final class UnavailableException extends TremplinException {
    public UnavailableException(String message, Throwable cause) {
        super(ErrorCodes.SERVICE_UNAVAILABLE, null, message);
        initCause(cause);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }
}
