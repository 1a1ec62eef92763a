package org.tremplin.archfixture.conforming.domain.error;

/** Thrown by a value that refuses to be built. */
public class InvalidValueException extends RuntimeException {
    public InvalidValueException(String message) {
        super(message);
    }
}
