package org.tremplin.application.contract;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.tremplin.application.port.out.PasswordHashing;

/**
 * FOR TESTS ONLY: PBKDF2 with so few iterations that a test can hash hundreds of passwords in a
 * blink, and that an attacker could too. It keeps the properties the port promises (a salt per
 * hash, a self-describing format) so that tests of the use cases exercise the real behaviour.
 */
public final class FastPasswordHashingForTests implements PasswordHashing {
    private static final String FORMAT = "pbkdf2-sha256-test";
    private static final int ITERATIONS = 10;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return FORMAT + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    @Override
    public boolean matches(String password, String hash) {
        String[] parts = hash == null ? new String[0] : hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals(FORMAT)) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
