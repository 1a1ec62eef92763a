package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.PasswordHashing;

/**
 * What every password hashing promises. Unlike the persistence contracts it needs no database:
 * an adapter's test extends it and says which hashing to check.
 */
public abstract class PasswordHashingPortContract {
    private static final String PASSWORD = "correct horse battery staple";

    protected abstract PasswordHashing hashing();

    @Test
    void a_password_matches_its_own_hash() {
        assertThat(hashing().matches(PASSWORD, hashing().hash(PASSWORD))).isTrue();
    }

    @Test
    void another_password_does_not_match() {
        String hash = hashing().hash(PASSWORD);

        assertThat(hashing().matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hashing().matches(PASSWORD.toUpperCase(), hash)).isFalse();
        assertThat(hashing().matches("", hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_and_both_match() {
        String first = hashing().hash(PASSWORD);
        String second = hashing().hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hashing().matches(PASSWORD, first)).isTrue();
        assertThat(hashing().matches(PASSWORD, second)).isTrue();
    }

    @Test
    void a_hash_does_not_contain_the_password() {
        String hash = hashing().hash(PASSWORD);

        assertThat(hash).doesNotContainIgnoringCase(PASSWORD).doesNotContainIgnoringCase("horse");
    }

    @Test
    void accents_and_symbols_are_kept_exactly() {
        String password = "Crème brûlée à 12 € 🔑!";
        String hash = hashing().hash(password);

        assertThat(hashing().matches(password, hash)).isTrue();
        assertThat(hashing().matches("Creme brulee a 12 € 🔑!", hash)).isFalse();
    }

    @Test
    void a_malformed_hash_matches_nothing_and_throws_nothing() {
        assertThat(hashing().matches(PASSWORD, "")).isFalse();
        assertThat(hashing().matches(PASSWORD, "not a hash")).isFalse();
        assertThat(hashing().matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$garbage")).isFalse();
        assertThat(hashing().matches(PASSWORD, "pbkdf2-sha256-test$x$y$z")).isFalse();
    }
}
