package org.tremplin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("Require")
class RequireTest {

    @Nested
    @DisplayName("present")
    class Present {
        @Test
        @DisplayName("returns a present value untouched")
        void returnsValue() {
            Object value = new Object();

            assertThat(Require.present(value, "thing")).isSameAs(value);
        }

        @Test
        @DisplayName("refuses null with value.required on the named field")
        void refusesNull() {
            var error = assertInvalid(() -> Require.present(null, "thing"), ErrorCodes.REQUIRED, "thing");

            assertThat(error).hasMessage("thing is required");
        }
    }

    @Nested
    @DisplayName("text")
    class Text {
        @Test
        @DisplayName("trims surrounding white space")
        void trims() {
            assertThat(Require.text("  Castelnau-le-Lez \t\n", "town", 100)).isEqualTo("Castelnau-le-Lez");
        }

        @Test
        @DisplayName("keeps inner white space")
        void keepsInnerSpaces() {
            assertThat(Require.text(" Le  Puy ", "town", 100)).isEqualTo("Le  Puy");
        }

        @ParameterizedTest(name = "refuses \"{0}\" as blank")
        @NullSource
        @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t\r\n "})
        void refusesBlank(String blank) {
            var error = assertInvalid(() -> Require.text(blank, "town", 100), ErrorCodes.REQUIRED, "town");

            assertThat(error).hasMessage("town is required");
        }

        @Test
        @DisplayName("accepts exactly the maximum length")
        void acceptsMaximumLength() {
            assertThat(Require.text("abcde", "code", 5)).isEqualTo("abcde");
        }

        @Test
        @DisplayName("refuses one character more than the maximum with value.too-long")
        void refusesTooLong() {
            var error = assertInvalid(() -> Require.text("abcdef", "code", 5), ErrorCodes.TOO_LONG, "code");

            assertThat(error).hasMessage("code must be at most 5 characters");
        }

        @Test
        @DisplayName("measures the length after trimming")
        void measuresAfterTrimming() {
            assertThat(Require.text("   abcde   ", "code", 5)).isEqualTo("abcde");
        }
    }

    @Nested
    @DisplayName("optionalText")
    class OptionalText {
        @Test
        @DisplayName("keeps an absent value absent")
        void absent() {
            assertThat(Require.optionalText(Optional.empty(), "jobTitle", 10)).isEmpty();
        }

        @ParameterizedTest(name = "treats \"{0}\" as absent")
        @ValueSource(strings = {"", " ", "\t \n"})
        void blankIsAbsent(String blank) {
            assertThat(Require.optionalText(Optional.of(blank), "jobTitle", 10)).isEmpty();
        }

        @Test
        @DisplayName("trims a present value")
        void trims() {
            assertThat(Require.optionalText(Optional.of("  Analyst "), "jobTitle", 10)).contains("Analyst");
        }

        @Test
        @DisplayName("refuses a present value that is too long")
        void refusesTooLong() {
            assertInvalid(() -> Require.optionalText(Optional.of("12345678901"), "jobTitle", 10),
                    ErrorCodes.TOO_LONG, "jobTitle");
        }

        @Test
        @DisplayName("refuses a null Optional with value.required")
        void refusesNullOptional() {
            assertInvalid(() -> Require.optionalText(null, "jobTitle", 10), ErrorCodes.REQUIRED, "jobTitle");
        }
    }

    @Nested
    @DisplayName("between")
    class Between {
        @ParameterizedTest(name = "accepts {0} in 1..200")
        @ValueSource(ints = {1, 2, 100, 199, 200})
        void acceptsBounds(int value) {
            assertThat(Require.between(value, 1, 200, "seats")).isEqualTo(value);
        }

        @ParameterizedTest(name = "refuses {0} outside 1..200")
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 201, Integer.MAX_VALUE})
        void refusesOutside(int value) {
            var error = assertInvalid(() -> Require.between(value, 1, 200, "seats"), ErrorCodes.OUT_OF_RANGE,
                    "seats");

            assertThat(error).hasMessage("seats must be between 1 and 200");
        }
    }

    @Nested
    @DisplayName("notBefore")
    class NotBefore {
        private final LocalDate start = LocalDate.of(2020, 3, 10);

        @Test
        @DisplayName("accepts the same day")
        void acceptsSameDay() {
            Require.notBefore(start, start, "end", "start");
        }

        @Test
        @DisplayName("accepts a later day")
        void acceptsLater() {
            Require.notBefore(start.plusDays(1), start, "end", "start");
        }

        @Test
        @DisplayName("refuses the day before with date.order on the later field")
        void refusesEarlier() {
            var error = assertInvalid(() -> Require.notBefore(start.minusDays(1), start, "end", "start"),
                    ErrorCodes.DATE_ORDER, "end");

            assertThat(error).hasMessage("end cannot be before start");
        }
    }

    @Nested
    @DisplayName("notEmpty")
    class NotEmpty {
        @Test
        @DisplayName("returns a non-empty collection untouched")
        void returnsCollection() {
            List<String> values = new ArrayList<>(List.of("a"));

            assertThat(Require.notEmpty(values, "roles")).isSameAs(values);
        }

        @Test
        @DisplayName("refuses an empty collection with value.required")
        void refusesEmpty() {
            var error = assertInvalid(() -> Require.notEmpty(Set.of(), "roles"), ErrorCodes.REQUIRED, "roles");

            assertThat(error).hasMessage("roles needs at least one value");
        }

        @Test
        @DisplayName("refuses a null collection with value.required")
        void refusesNull() {
            assertInvalid(() -> Require.notEmpty((List<String>) null, "roles"), ErrorCodes.REQUIRED, "roles");
        }
    }
}
