package org.tremplin.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/**
 * An amount in euros, held as whole cents so that sums are exact. Never built from a floating
 * point number.
 */
public record Money(long cents) implements Comparable<Money> {
    // Thirteen digits keep any amount, in cents, far inside a long.
    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,13})(?:[.,](\\d{1,2}))?$");
    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    /**
     * Reads an amount in euros as people type it: digits, then a dot or a comma and at most two
     * decimals ("1250000", "1250000,50"). Nothing else is accepted: no exponent, no sign, no
     * thousands separator, at most 13 digits before the decimals.
     */
    public static Money parse(String euros, String field) {
        String text = Require.text(euros, field, 20);
        var matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidValueException(field, ErrorCodes.BAD_FORMAT,
                    field + " must be an amount in euros with at most two decimals");
        }
        long whole = Long.parseLong(matcher.group(1));
        String decimals = matcher.group(2) == null ? "" : matcher.group(2);
        long cents = decimals.isEmpty() ? 0 : Long.parseLong(decimals.length() == 1 ? decimals + "0" : decimals);
        return new Money(whole * 100 + cents);
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
