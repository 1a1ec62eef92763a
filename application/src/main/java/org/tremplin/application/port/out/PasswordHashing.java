package org.tremplin.application.port.out;

/**
 * Turns passwords into hashes that are slow to attack, and checks a password against one. Each
 * hash carries its own salt and parameters, so that two hashes of one password differ and the
 * parameters can be raised later without invalidating stored hashes.
 */
public interface PasswordHashing {
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false, never an error, for a malformed hash. */
    boolean matches(String password, String hash);
}
