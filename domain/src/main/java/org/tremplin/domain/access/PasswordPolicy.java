package org.tremplin.domain.access;

import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/**
 * What a password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, nothing more.
 * Length is what makes a password strong; composition rules only make it harder to remember
 * (NIST SP 800-63B). The upper bound keeps hashing cheap enough that it cannot be used to
 * exhaust the server.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password outside the policy; the message never repeats it. */
    public static String require(String password) {
        if (!isWithinLength(password)) {
            throw new InvalidValueException("password", ErrorCodes.ACCOUNT_PASSWORD_LENGTH,
                    "a password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return password;
    }

    /** Whether the password has an allowed length, counted in characters as people count them. */
    public static boolean isWithinLength(String password) {
        if (password == null || password.length() > 2 * MAX_LENGTH) {
            return false;
        }
        int characters = password.codePointCount(0, password.length());
        return characters >= MIN_LENGTH && characters <= MAX_LENGTH;
    }
}
