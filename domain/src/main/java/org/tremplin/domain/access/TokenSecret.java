package org.tremplin.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/**
 * The secret of an API token: what an integrator sends with each request. It is shown once, when
 * the token is issued, and never stored: the application keeps its SHA-256 only. A plain hash,
 * without salt nor stretching, is enough here (unlike for passwords) because a generated secret
 * carries 256 random bits: there is nothing to guess from a dictionary, and the hash can be looked
 * up directly.
 */
public final class TokenSecret {
    /** What every generated secret starts with, so that secret scanners and people recognise one. */
    public static final String GENERATED_PREFIX = "trp_";
    public static final int MIN_LENGTH = 32;
    public static final int MAX_LENGTH = 256;
    /** How many leading characters of a secret are kept to tell tokens apart. */
    public static final int PREFIX_LENGTH = 12;
    /** A SHA-256 in hexadecimal. */
    public static final int HASH_LENGTH = 64;
    private static final int RANDOM_BYTES = 32;

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    /** A new secret: {@value #GENERATED_PREFIX} then 32 random bytes in base64url, without padding. */
    public static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TokenSecret(GENERATED_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * A secret chosen by someone (the documented demo token, a token carried over from another
     * system): {@value #MIN_LENGTH} to {@value #MAX_LENGTH} printable ASCII characters without
     * spaces, so that it travels in an HTTP header as it is.
     */
    public static TokenSecret chosen(String value) {
        if (!isWellFormed(value) || value.length() < MIN_LENGTH) {
            throw new InvalidValueException("secret", ErrorCodes.TOKEN_SECRET_FORMAT, "a token secret is "
                    + MIN_LENGTH + " to " + MAX_LENGTH + " printable ASCII characters without spaces");
        }
        return new TokenSecret(value);
    }

    /**
     * Whether {@code value} could be a secret at all: not null, at most {@value #MAX_LENGTH}
     * characters, printable ASCII. Lets authentication drop garbage before hashing it.
     */
    public static boolean isWellFormed(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /** The SHA-256 of a secret, in lowercase hexadecimal: how tokens are stored and found. */
    public static String hashOf(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String value() {
        return value;
    }

    public String hash() {
        return hashOf(value);
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    /** Never the secret itself, so that it cannot end up in a log by accident. */
    @Override
    public String toString() {
        return "TokenSecret[" + prefix() + "…]";
    }
}
