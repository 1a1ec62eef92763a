package org.tremplin.adapter.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tremplin.application.contract.PasswordHashingPortContract;
import org.tremplin.application.port.out.PasswordHashing;

class Argon2idPasswordHashingTest extends PasswordHashingPortContract {
    private final Argon2idPasswordHashing hashing = new Argon2idPasswordHashing();

    @Override
    protected PasswordHashing hashing() {
        return hashing;
    }

    @Test
    void stores_a_phc_string_with_the_owasp_parameters_a_16_byte_salt_and_a_32_byte_hash() {
        String hash = hashing.hash("tremplin-demo-2026");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        String[] parts = hash.split("\\$");
        assertThat(Base64.getDecoder().decode(pad(parts[4]))).hasSize(16);
        assertThat(Base64.getDecoder().decode(pad(parts[5]))).hasSize(32);
    }

    @Test
    void checks_a_hash_made_with_other_parameters_by_those_parameters() {
        // Made by password4j with m=8 MiB, t=1: as if the parameters had since been raised.
        String older = Password.hash("an older password").addRandomSalt(16)
                .with(Argon2Function.getInstance(8192, 1, 1, 32, Argon2.ID))
                .getResult();

        assertThat(hashing.matches("an older password", older)).isTrue();
        assertThat(hashing.matches("another password", older)).isFalse();
    }

    @Test
    void refuses_other_argon2_variants_and_hashes_asking_for_too_much_memory() {
        String argon2i = Password.hash("a password here").addRandomSalt(16)
                .with(Argon2Function.getInstance(8192, 1, 1, 32, Argon2.I))
                .getResult();
        String hash = hashing.hash("a password here");

        assertThat(hashing.matches("a password here", argon2i)).isFalse();
        assertThat(hashing.matches("a password here", hash.replace("m=19456", "m=300000"))).isFalse();
        assertThat(hashing.matches("a password here", hash.replace("m=19456", "m=4194304"))).isFalse();
    }

    private static String pad(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }
}
