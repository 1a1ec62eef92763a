package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void is_suppressed_below_twenty_people() {
        Rate rate = new Rate(19, 19);

        assertThat(rate.isSuppressed()).isTrue();
        assertThat(rate.value()).isEmpty();
        assertThat(rate.percent()).isEmpty();
    }

    @Test
    void is_published_from_twenty_people() {
        Rate rate = new Rate(5, 20);

        assertThat(rate.isSuppressed()).isFalse();
        assertThat(rate.value()).contains(new BigDecimal("0.2500"));
        assertThat(rate.percent()).contains(new BigDecimal("25.0"));
    }

    @Test
    void is_suppressed_when_nobody_is_counted() {
        Rate rate = new Rate(0, 0);

        assertThat(rate.isSuppressed()).isTrue();
        assertThat(rate.value()).isEmpty();
    }

    @Test
    void a_whole_population_is_one_hundred_percent() {
        assertThat(new Rate(20, 20).value()).contains(new BigDecimal("1.0000"));
        assertThat(new Rate(20, 20).percent()).contains(new BigDecimal("100.0"));
        assertThat(new Rate(0, 20).percent()).contains(new BigDecimal("0.0"));
    }

    @Test
    void rounds_half_up() {
        // 1/32 = 0.03125 and 1/80 = 1.25 %: exactly half way, where half-even would round down.
        assertThat(new Rate(1, 32).value()).contains(new BigDecimal("0.0313"));
        assertThat(new Rate(1, 80).percent()).contains(new BigDecimal("1.3"));
        assertThat(new Rate(2, 3 * 10).value()).contains(new BigDecimal("0.0667"));
        assertThat(new Rate(20, 30).percent()).contains(new BigDecimal("66.7"));
    }

    @Test
    void rounds_the_percentage_once_from_the_exact_fraction() {
        // 24690 / 200000 = 0.12345: the value rounds to 0.1235, but the percentage is 12.345 % -> 12.3, not 12.4.
        Rate rate = new Rate(24_690, 200_000);

        assertThat(rate.value()).contains(new BigDecimal("0.1235"));
        assertThat(rate.percent()).contains(new BigDecimal("12.3"));
    }

    @Test
    void refuses_negative_counts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(-1, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(0, -1));
    }

    @Test
    void refuses_a_part_larger_than_the_whole() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rate(21, 20));
    }
}
