package org.tremplin.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.lang.reflect.Executable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;

@DisplayName("Money")
class MoneyTest {

    @Nested
    @DisplayName("parse")
    class Parse {
        @ParameterizedTest(name = "reads \"{0}\" as {1} cents")
        @CsvSource(delimiter = '|', value = {
                "1234,56    | 123456",
                "1234.56    | 123456",
                "1234       | 123400",
                "0,5        | 50",
                "0.05       | 5",
                "'  12,30 ' | 1230",
                "1250000.50 | 125000050",
                "0          | 0"})
        void readsEuros(String text, long cents) {
            assertThat(Money.parse(text, "amount")).isEqualTo(Money.ofCents(cents));
        }

        @Test
        @DisplayName("reads a comma and a dot as the same decimal separator")
        void commaAndDotAreTheSame() {
            assertThat(Money.parse("1234,56", "amount")).isEqualTo(Money.parse("1234.56", "amount"));
        }

        @ParameterizedTest(name = "refuses three decimals in \"{0}\"")
        @ValueSource(strings = {"1234,567", "1234.567", "0.001", "0,005", "1,234"})
        void refusesThreeDecimals(String text) {
            var error = assertInvalid(() -> Money.parse(text, "amount"), ErrorCodes.BAD_FORMAT, "amount");

            assertThat(error).hasMessage("amount must be an amount in euros with at most two decimals");
        }

        @ParameterizedTest(name = "refuses \"{0}\" as not an amount")
        @ValueSource(strings = {"abc", "12 345,00", "1.234,56", "1,234.56", "12€", "EUR 12", "1..2",
                "100000000000000000", "-5", "1e3", "1e10000000", "+5", "12,"})
        void refusesNonAmounts(String text) {
            var error = assertInvalid(() -> Money.parse(text, "amount"), ErrorCodes.BAD_FORMAT, "amount");

            assertThat(error).hasMessage("amount must be an amount in euros with at most two decimals");
        }

        @ParameterizedTest(name = "refuses a blank amount \"{0}\" as missing")
        @ValueSource(strings = {"", "  "})
        void refusesBlank(String text) {
            assertInvalid(() -> Money.parse(text, "amount"), ErrorCodes.REQUIRED, "amount");
        }

        @Test
        @DisplayName("refuses a missing amount with value.required")
        void refusesNull() {
            assertInvalid(() -> Money.parse(null, "amount"), ErrorCodes.REQUIRED, "amount");
        }

        @Test
        @DisplayName("names the caller's field in its errors")
        void namesTheField() {
            assertInvalid(() -> Money.parse("x", "budget"), ErrorCodes.BAD_FORMAT, "budget");
        }
    }

    @Nested
    @DisplayName("arithmetic")
    class Arithmetic {
        @Test
        @DisplayName("0.10 + 0.20 is exactly 0.30, where doubles are not")
        void sumIsExact() {
            Money sum = Money.parse("0,10", "a").plus(Money.parse("0.20", "b"));

            assertThat(sum).isEqualTo(Money.parse("0.30", "c"));
            assertThat(sum.cents()).isEqualTo(30);
            assertThat(0.1 + 0.2).isNotEqualTo(0.3);
        }

        @Test
        @DisplayName("adding ten cents a thousand times gives exactly 100 euros")
        void manySmallAmounts() {
            Money total = IntStream.range(0, 1000).mapToObj(i -> Money.parse("0.10", "a"))
                    .reduce(Money.ZERO, Money::plus);

            assertThat(total).isEqualTo(Money.euros(100));
        }

        @Test
        @DisplayName("subtracts to the cent")
        void minus() {
            assertThat(Money.parse("1000", "a").minus(Money.parse("999.99", "b"))).isEqualTo(Money.ofCents(1));
            assertThat(Money.euros(1).minus(Money.euros(3))).isEqualTo(Money.ofCents(-200));
        }

        @Test
        @DisplayName("abs turns a negative amount positive")
        void abs() {
            assertThat(Money.ofCents(-1234).abs()).isEqualTo(Money.ofCents(1234));
            assertThat(Money.ofCents(1234).abs()).isEqualTo(Money.ofCents(1234));
        }

        @Test
        @DisplayName("refuses to overflow instead of wrapping round")
        void overflowFails() {
            assertThatExceptionOfType(ArithmeticException.class)
                    .isThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)));
            assertThatExceptionOfType(ArithmeticException.class)
                    .isThrownBy(() -> Money.ofCents(Long.MIN_VALUE).minus(Money.ofCents(1)));
            assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.euros(Long.MAX_VALUE / 10));
        }

        @Test
        @DisplayName("is positive only above zero")
        void isPositive() {
            assertThat(Money.ofCents(1).isPositive()).isTrue();
            assertThat(Money.ZERO.isPositive()).isFalse();
            assertThat(Money.ofCents(-1).isPositive()).isFalse();
        }

        @Test
        @DisplayName("orders amounts by value")
        void ordering() {
            List<Money> sorted = Stream.of(Money.euros(5), Money.ofCents(-1), Money.ZERO, Money.ofCents(499))
                    .sorted().toList();

            assertThat(sorted).containsExactly(Money.ofCents(-1), Money.ZERO, Money.ofCents(499), Money.euros(5));
        }
    }

    @Nested
    @DisplayName("conversions")
    class Conversions {
        @Test
        @DisplayName("euros(n) is n hundred cents")
        void euros() {
            assertThat(Money.euros(1_250_000).cents()).isEqualTo(125_000_000L);
        }

        @Test
        @DisplayName("of(BigDecimal) accepts up to two decimals")
        void ofBigDecimal() {
            assertThat(Money.of(new BigDecimal("12.5"))).isEqualTo(Money.ofCents(1250));
            assertThat(Money.of(new BigDecimal("12.50"))).isEqualTo(Money.ofCents(1250));
        }

        @Test
        @DisplayName("of(BigDecimal) never rounds a third decimal away")
        void ofBigDecimalDoesNotRound() {
            assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of(new BigDecimal("12.345")));
        }

        @Test
        @DisplayName("toEuros has exactly two decimals")
        void toEuros() {
            assertThat(Money.ofCents(123456).toEuros()).isEqualTo(new BigDecimal("1234.56"));
            assertThat(Money.euros(3).toEuros().scale()).isEqualTo(2);
        }

        @Test
        @DisplayName("prints as plain euros with two decimals")
        void printing() {
            assertThat(Money.ofCents(123456)).hasToString("1234.56 EUR");
            assertThat(Money.euros(1_000_000)).hasToString("1000000.00 EUR");
            assertThat(Money.ofCents(5)).hasToString("0.05 EUR");
            assertThat(Money.ofCents(-500)).hasToString("-5.00 EUR");
            assertThat(Money.ZERO).hasToString("0.00 EUR");
        }

        @Test
        @DisplayName("offers no way to be built from a floating point number")
        void noFloatingPoint() {
            Stream<Executable> factories = Stream.concat(
                    Arrays.stream(Money.class.getConstructors()),
                    Arrays.stream(Money.class.getMethods()).filter(m -> m.getReturnType() == Money.class));

            assertThat(factories.flatMap(f -> Arrays.stream(f.getParameterTypes())))
                    .doesNotContain(double.class, float.class, Double.class, Float.class);
            assertThat(Money.class.getRecordComponents()).hasSize(1);
            assertThat(Money.class.getRecordComponents()[0].getType()).isEqualTo(long.class);
        }
    }
}
