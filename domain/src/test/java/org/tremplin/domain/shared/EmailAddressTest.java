package org.tremplin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("EmailAddress")
class EmailAddressTest {

    @Test
    @DisplayName("is kept trimmed and in lower case")
    void lowerCasedAndTrimmed() {
        assertThat(new EmailAddress("  Awa.DIALLO@Example.ORG ").value()).isEqualTo("awa.diallo@example.org");
    }

    @Test
    @DisplayName("two addresses differing only by case are equal")
    void caseInsensitiveEquality() {
        assertThat(new EmailAddress("AWA@EXAMPLE.ORG")).isEqualTo(new EmailAddress("awa@example.org"));
    }

    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(strings = {"a@b.fr", "awa.diallo+tremplin@mail.example.org", "x_y-z@sub.domain.co.uk"})
    void acceptsUsualShapes(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @ParameterizedTest(name = "refuses \"{0}\" with person.email-format")
    @ValueSource(strings = {"awa", "awa.example.org", "awa@", "@example.org", "awa@example", "awa@@example.org",
            "awa@ex@ample.org", "awa diallo@example.org", "awa@exam ple.org", "awa@example.", "awa@.org"})
    void refusesBadShapes(String address) {
        var error = assertInvalid(() -> new EmailAddress(address), ErrorCodes.EMAIL_FORMAT, "email");

        assertThat(error).hasMessage("email is not an e-mail address");
    }

    @ParameterizedTest(name = "refuses \"{0}\" with value.required")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesBlank(String address) {
        assertInvalid(() -> new EmailAddress(address), ErrorCodes.REQUIRED, "email");
    }

    @Test
    @DisplayName("accepts 254 characters and refuses 255 with value.too-long")
    void lengthLimit() {
        String domain = "@example.org";
        String longest = "a".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain;

        assertThat(new EmailAddress(longest).value()).hasSize(254);
        assertInvalid(() -> new EmailAddress("a" + longest), ErrorCodes.TOO_LONG, "email");
    }

    @Test
    @DisplayName("never prints the address")
    void toStringIsRedacted() {
        var email = new EmailAddress("awa.diallo@example.org");

        assertThat(email.toString()).isEqualTo("EmailAddress[redacted]").doesNotContain("awa").doesNotContain("@");
    }
}
