package org.tremplin.domain.error;

import java.util.Objects;
import java.util.Optional;

/**
 * Root of every error the application reports on purpose. The {@link #code()} is stable (adapters
 * translate it, clients may branch on it); the message is an English default for logs and API
 * details, and never contains personal data.
 */
public abstract class TremplinException extends RuntimeException {
    private final String code;
    private final String field;

    protected TremplinException(String code, String field, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public abstract ErrorKind kind();

    public final String code() {
        return code;
    }

    /** The input field at fault, when one is. */
    public final Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
