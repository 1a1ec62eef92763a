package org.tremplin.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share of a population, kept as the two counts so that callers can show "12 / 25" as well as a
 * percentage. Below {@value #MIN_PUBLISHABLE_DENOMINATOR} people a rate is suppressed: on small
 * groups a percentage says little and can point to an individual.
 */
public record Rate(long numerator, long denominator) {
    public static final int MIN_PUBLISHABLE_DENOMINATOR = 20;

    private static final int VALUE_SCALE = 4;
    private static final int PERCENT_SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rate {
        // A wrong count here is a bug in the computation, not a user's mistake.
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a rate counts people: " + numerator + " / " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("a rate cannot exceed its whole: " + numerator + " / " + denominator);
        }
    }

    public boolean isSuppressed() {
        return denominator < MIN_PUBLISHABLE_DENOMINATOR;
    }

    /** The share between 0 and 1, for example {@code 0.4167}; empty when suppressed. */
    public Optional<BigDecimal> value() {
        return published(BigDecimal.valueOf(numerator), VALUE_SCALE);
    }

    /**
     * The share as a percentage, for example {@code 41.7}; empty when suppressed. Rounded once from
     * the exact fraction, not from {@link #value()}, so that rounding twice never moves it.
     */
    public Optional<BigDecimal> percent() {
        return published(BigDecimal.valueOf(numerator).multiply(HUNDRED), PERCENT_SCALE);
    }

    private Optional<BigDecimal> published(BigDecimal dividend, int scale) {
        if (isSuppressed()) {
            return Optional.empty();
        }
        return Optional.of(dividend.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
    }
}
