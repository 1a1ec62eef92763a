package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Ids;

@DisplayName("Employer")
class EmployerTest {

    @Test
    @DisplayName("may be a partner of the network")
    void partner() {
        Employer employer = Employer.partner(Ids.partner(2));

        assertThat(employer.partnerId()).contains(Ids.partner(2));
        assertThat(employer.name()).isEmpty();
    }

    @Test
    @DisplayName("may be any other organisation, named in free text, trimmed")
    void named() {
        Employer employer = Employer.named("  Boulangerie Dupont ");

        assertThat(employer.name()).contains("Boulangerie Dupont");
        assertThat(employer.partnerId()).isEmpty();
    }

    @Test
    @DisplayName("refuses both a partner and a name")
    void refusesBoth() {
        var error = assertInvalid(() -> new Employer(Optional.of(Ids.partner(2)), Optional.of("Google France")),
                ErrorCodes.BAD_FORMAT, "employer");

        assertThat(error).hasMessage("an employer is either a partner or a name, not both nor neither");
    }

    @Test
    @DisplayName("refuses neither a partner nor a name")
    void refusesNeither() {
        assertInvalid(() -> new Employer(Optional.empty(), Optional.empty()), ErrorCodes.BAD_FORMAT, "employer");
    }

    @Test
    @DisplayName("a blank name counts as no name")
    void blankNameIsNoName() {
        assertInvalid(() -> Employer.named("   "), ErrorCodes.BAD_FORMAT, "employer");
        assertThat(new Employer(Optional.of(Ids.partner(2)), Optional.of(" ")).name()).isEmpty();
    }

    @Test
    @DisplayName("accepts a 150-character name and refuses 151")
    void nameLength() {
        String longest = "n".repeat(Employer.NAME_MAX_LENGTH);

        assertThat(Employer.named(longest).name()).contains(longest);
        assertInvalid(() -> Employer.named(longest + "n"), ErrorCodes.TOO_LONG, "employerName");
    }

    @Test
    @DisplayName("refuses null Optionals")
    void refusesNullOptionals() {
        assertInvalid(() -> new Employer(null, Optional.of("Acme")), ErrorCodes.REQUIRED, "employerPartnerId");
        assertInvalid(() -> new Employer(Optional.of(Ids.partner()), null), ErrorCodes.REQUIRED, "employerName");
    }
}
