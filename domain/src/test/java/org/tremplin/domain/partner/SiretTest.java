package org.tremplin.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Sirets;

@DisplayName("Siret")
class SiretTest {

    @Nested
    @DisplayName("the test helper")
    class Helper {
        @Test
        @DisplayName("computes Google France's published check digit, 4")
        void helperMatchesARealSiret() {
            assertThat(Sirets.withCheckDigit("7328293200007")).isEqualTo(Sirets.GOOGLE_FRANCE);
            assertThat(Sirets.luhnSum(Sirets.GOOGLE_FRANCE) % 10).isZero();
        }
    }

    @Nested
    @DisplayName("Luhn check")
    class Luhn {
        @Test
        @DisplayName("accepts Google France's head office, 732 829 320 00074")
        void realSiret() {
            Siret siret = new Siret("73282932000074");

            assertThat(siret.value()).isEqualTo("73282932000074");
            assertThat(siret.siren()).isEqualTo("732829320");
            assertThat(siret).hasToString("73282932000074");
        }

        static Stream<String> computedSirets() {
            return Stream.of("1234567890123", "0000000000001", "4420000000000", "9999999999999", "3277331840051",
                    "5520325340001").map(Sirets::withCheckDigit);
        }

        @ParameterizedTest(name = "accepts {0}, whose check digit the test computed")
        @MethodSource("computedSirets")
        void computedSirets(String digits) {
            assertThat(new Siret(digits).value()).isEqualTo(digits);
        }

        static Stream<String> wrongCheckDigits() {
            String first13 = Sirets.GOOGLE_FRANCE.substring(0, 13);
            return IntStream.rangeClosed(0, 9).filter(d -> d != 4).mapToObj(d -> first13 + d);
        }

        @ParameterizedTest(name = "refuses {0}, a wrong check digit")
        @MethodSource("wrongCheckDigits")
        void wrongCheckDigit(String digits) {
            var error = assertInvalid(() -> new Siret(digits), ErrorCodes.SIRET_CHECKSUM, "siret");

            assertThat(error).hasMessage("siret has a wrong check digit");
        }

        @Test
        @DisplayName("refuses two neighbouring digits swapped")
        void swappedDigits() {
            assertInvalid(() -> new Siret("37282932000074"), ErrorCodes.SIRET_CHECKSUM, "siret");
        }

        @Test
        @DisplayName("luhnValid agrees with the textbook example 79927398713")
        void textbookLuhn() {
            assertThat(Siret.luhnValid("79927398713")).isTrue();
            assertThat(Siret.luhnValid("79927398710")).isFalse();
        }
    }

    @Nested
    @DisplayName("La Poste, SIREN 356000000")
    class LaPoste {
        @Test
        @DisplayName("accepts an establishment whose digits add up to a multiple of 5, though not Luhn-valid")
        void digitSumRule() {
            String digits = "35600000000001";

            assertThat(Sirets.digitSum(digits)).isEqualTo(15);
            assertThat(Siret.luhnValid(digits)).isFalse();
            assertThat(new Siret(digits).siren()).isEqualTo("356000000");
        }

        @ParameterizedTest(name = "accepts {0}")
        @ValueSource(strings = {"0001", "0123", "4567", "9876"})
        void computedLaPosteSirets(String nicStart) {
            String digits = Sirets.laPoste(nicStart);

            assertThat(new Siret(digits).value()).isEqualTo(digits);
        }

        @Test
        @DisplayName("refuses a digit sum that is not a multiple of 5")
        void refusesWrongDigitSum() {
            assertInvalid(() -> new Siret("35600000000002"), ErrorCodes.SIRET_CHECKSUM, "siret");
        }

        @Test
        @DisplayName("accepts La Poste's head office, which passes Luhn but not the digit-sum rule")
        void headOfficePassesLuhn() {
            String digits = "35600000000048";

            assertThat(Siret.luhnValid(digits)).isTrue();
            assertThat(Sirets.digitSum(digits) % 5).isNotZero();
            assertThat(new Siret(digits).value()).isEqualTo(digits);
        }
    }

    @Nested
    @DisplayName("shape")
    class Shape {
        @ParameterizedTest(name = "tolerates spaces in \"{0}\"")
        @ValueSource(strings = {"732 829 320 00074", " 73282932000074 ", "732829320 00074", "73 28 29 32 00 00 74"})
        void spacesTolerated(String typed) {
            assertThat(new Siret(typed).value()).isEqualTo("73282932000074");
        }

        @ParameterizedTest(name = "refuses \"{0}\" with value.bad-format")
        @ValueSource(strings = {"7328293200007", "732829320000740", "732829320", "7328293200007A",
                "732-829-320-00074", "732.829.320.00074", "ABCDEFGHIJKLMN", "+3282932000074"})
        void refusesNonFourteenDigits(String typed) {
            var error = assertInvalid(() -> new Siret(typed), ErrorCodes.BAD_FORMAT, "siret");

            assertThat(error).hasMessage("siret must be 14 digits");
        }

        @ParameterizedTest(name = "refuses \"{0}\" with value.required")
        @NullSource
        @ValueSource(strings = {"", "   "})
        void refusesBlank(String typed) {
            assertInvalid(() -> new Siret(typed), ErrorCodes.REQUIRED, "siret");
        }

        @Test
        @DisplayName("accepts spaces anywhere, non-breaking ones included, as people paste them")
        void acceptsAnySpaces() {
            assertThat(new Siret("7 3 2 8 2 9 3 2 0 0 0 0 7 4").value()).isEqualTo("73282932000074");
            assertThat(new Siret("732\u00A0829\u00A0320\u202F00074").value()).isEqualTo("73282932000074");
        }

        @Test
        @DisplayName("refuses more than 40 characters once spaces are removed, with value.too-long")
        void refusesTooLong() {
            assertInvalid(() -> new Siret("7".repeat(41)), ErrorCodes.TOO_LONG, "siret");
        }
    }

    @Test
    @DisplayName("appends the Luhn key that makes a number pass")
    void appendsTheLuhnKey() {
        assertThat(Siret.withLuhnKey("7328293200007")).isEqualTo("73282932000074");
        assertThat(Siret.withLuhnKey("73282932").substring(8)).isEqualTo("0");
        assertThat(new Siret(Siret.withLuhnKey("1234567890123")).value()).startsWith("1234567890123");
    }
}
