package org.tremplin.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("PersonName")
class PersonNameTest {

    @Test
    @DisplayName("keeps both names, trimmed, as written")
    void trims() {
        PersonName name = new PersonName("  Marie-Hélène ", " N'Diaye de La Tour ");

        assertThat(name.givenName()).isEqualTo("Marie-Hélène");
        assertThat(name.familyName()).isEqualTo("N'Diaye de La Tour");
    }

    @Test
    @DisplayName("refuses a blank given or family name")
    void refusesBlank() {
        assertInvalid(() -> new PersonName(" ", "Diallo"), ErrorCodes.REQUIRED, "givenName");
        assertInvalid(() -> new PersonName("Awa", null), ErrorCodes.REQUIRED, "familyName");
    }

    @Test
    @DisplayName("accepts 80 characters and refuses 81")
    void length() {
        assertThat(new PersonName("a".repeat(80), "b".repeat(80)).givenName()).hasSize(80);
        assertInvalid(() -> new PersonName("a".repeat(81), "Diallo"), ErrorCodes.TOO_LONG, "givenName");
        assertInvalid(() -> new PersonName("Awa", "b".repeat(81)), ErrorCodes.TOO_LONG, "familyName");
    }

    @Test
    @DisplayName("never prints the names")
    void toStringIsRedacted() {
        assertThat(new PersonName("Awa", "Diallo").toString()).isEqualTo("PersonName[redacted]")
                .doesNotContain("Awa").doesNotContain("Diallo");
    }
}
