package org.tremplin.adapter.password;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.regex.Pattern;
import org.tremplin.application.port.out.PasswordHashing;

/**
 * Argon2id (RFC 9106) with the parameters OWASP's Password Storage Cheat Sheet recommends:
 * 19 MiB of memory, 2 iterations, 1 lane, a 16-byte random salt and a 32-byte hash. Hashes are
 * stored as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), which carry their
 * own parameters: a hash made with older parameters is still checked with them, so the
 * parameters can be raised without locking anyone out.
 */
public final class Argon2idPasswordHashing implements PasswordHashing {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /**
     * The Argon2id hashes this class checks: memory up to 256 MiB (under 1,000,000 KiB, six
     * digits), at most 99 iterations and 9 lanes. Hashes are written by this class only, but should a
     * forged one reach the database it must not make each sign-in exhaust the server; the
     * parameters are read here because password4j would set up a huge one before any check.
     */
    private static final Pattern CHECKABLE = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d{1,6}),t=\\d{1,2},p=\\d\\$.+");
    private static final int MAX_MEMORY_KIB = 256 * 1024;

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES,
            Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        var parameters = CHECKABLE.matcher(hash);
        if (!parameters.matches() || Integer.parseInt(parameters.group(1)) > MAX_MEMORY_KIB) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            // password4j throws on a hash it cannot read; the port promises "no match" instead.
            return false;
        }
    }
}
