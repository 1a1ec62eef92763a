package org.tremplin.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("Departement")
class DepartementTest {

    @Test
    @DisplayName("accepts every listed code, and its region is the one that lists it")
    void everyListedCodeIsKnown() {
        for (Region region : Region.values()) {
            for (String code : region.departementCodes()) {
                assertThat(new Departement(code).region()).as(code).isEqualTo(region);
            }
        }
        assertThat(Arrays.stream(Region.values()).mapToInt(r -> r.departementCodes().size()).sum()).isEqualTo(101);
    }

    @ParameterizedTest(name = "reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', value = {"2a | 2A", "2b | 2B", "' 34 ' | 34", "974 | 974", "2A | 2A"})
    void normalises(String typed, String code) {
        assertThat(new Departement(typed).code()).isEqualTo(code);
    }

    @Test
    @DisplayName("Corse is split into 2A (Corse-du-Sud) and 2B (Haute-Corse)")
    void corse() {
        assertThat(new Departement("2A").region()).isEqualTo(Region.CORSE);
        assertThat(new Departement("2B").region()).isEqualTo(Region.CORSE);
    }

    @Test
    @DisplayName("974 is La Réunion")
    void laReunion() {
        assertThat(new Departement("974").region()).isEqualTo(Region.LA_REUNION);
    }

    @ParameterizedTest(name = "refuses \"{0}\" with school.departement-unknown")
    @ValueSource(strings = {"20", "99", "00", "96", "975", "977", "978", "2C", "1", "9", "AB", "3 4"})
    void refusesUnknownCodes(String code) {
        var error = assertInvalid(() -> new Departement(code), ErrorCodes.DEPARTEMENT_UNKNOWN, "departement");

        assertThat(error.getMessage()).contains("is not a French département code");
    }

    @ParameterizedTest(name = "refuses \"{0}\" with value.required")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesBlank(String code) {
        assertInvalid(() -> new Departement(code), ErrorCodes.REQUIRED, "departement");
    }

    @Test
    @DisplayName("refuses more than three characters with value.too-long")
    void refusesTooLong() {
        assertInvalid(() -> new Departement("9740"), ErrorCodes.TOO_LONG, "departement");
    }

    @Test
    @DisplayName("prints as its code")
    void printsAsCode() {
        assertThat(new Departement("2a")).hasToString("2A");
    }
}
