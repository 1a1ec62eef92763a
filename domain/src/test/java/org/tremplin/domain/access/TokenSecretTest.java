package org.tremplin.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.access.UserAccountTest.assertInvalid;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;

class TokenSecretTest {

    @Test
    void a_generated_secret_is_trp_then_32_random_bytes_in_base64url_without_padding() {
        TokenSecret first = TokenSecret.generate(new SecureRandom());
        TokenSecret second = TokenSecret.generate(new SecureRandom());

        assertThat(first.value()).matches("trp_[A-Za-z0-9_-]{43}");
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.prefix()).isEqualTo(first.value().substring(0, 12));
    }

    @Test
    void is_stored_as_the_lowercase_hexadecimal_sha_256_of_its_utf_8_bytes() {
        assertThat(TokenSecret.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_chosen_secret_has_32_to_256_printable_ascii_characters_without_spaces() {
        assertThat(TokenSecret.chosen("x".repeat(32)).value()).hasSize(32);
        assertThat(TokenSecret.chosen("x".repeat(256)).value()).hasSize(256);
        assertInvalid(() -> TokenSecret.chosen("x".repeat(31)), "secret", ErrorCodes.TOKEN_SECRET_FORMAT);
        assertInvalid(() -> TokenSecret.chosen("x".repeat(257)), "secret", ErrorCodes.TOKEN_SECRET_FORMAT);
        assertInvalid(() -> TokenSecret.chosen("x".repeat(20) + " " + "x".repeat(20)), "secret",
                ErrorCodes.TOKEN_SECRET_FORMAT);
        assertInvalid(() -> TokenSecret.chosen("é".repeat(40)), "secret", ErrorCodes.TOKEN_SECRET_FORMAT);
        assertInvalid(() -> TokenSecret.chosen(null), "secret", ErrorCodes.TOKEN_SECRET_FORMAT);
    }

    @Test
    void its_text_never_shows_the_secret() {
        TokenSecret secret = TokenSecret.chosen("trp_demo_integrator_0123456789abcdefghijklmnopqrstuv");

        assertThat(secret.toString()).doesNotContain("integrator_0123").contains("trp_demo_int");
    }
}
