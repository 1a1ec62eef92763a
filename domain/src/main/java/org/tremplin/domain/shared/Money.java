package org.tremplin.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/**
 * An amount in euros, held as whole cents so that sums are exact. Never built from a floating
 * point number.
 */
public record Money(long cents) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    /** Reads a decimal amount in euros with at most two decimals, for example {@code 1250000.50}. */
    public static Money parse(String euros, String field) {
        Require.present(euros, field);
        try {
            BigDecimal amount = new BigDecimal(euros.strip().replace(',', '.'));
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException(field, ErrorCodes.BAD_FORMAT,
                        field + " has more than two decimals");
            }
            return of(amount);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValueException(field, ErrorCodes.BAD_FORMAT, field + " is not an amount in euros");
        }
    }

    public static Money of(BigDecimal euros) {
        return new Money(euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    public BigDecimal toEuros() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money abs() {
        return new Money(Math.abs(cents));
    }

    public boolean isPositive() {
        return cents > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toEuros().toPlainString() + " EUR";
    }
}
