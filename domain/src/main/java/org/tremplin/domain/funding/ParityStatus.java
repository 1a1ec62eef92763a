package org.tremplin.domain.funding;

import org.tremplin.domain.shared.Money;

/** What two funders bound by a parity rule have committed; parity holds only to the cent. */
public record ParityStatus(ParityRule rule, Money firstTotal, Money secondTotal) {
    public boolean honoured() {
        return firstTotal.equals(secondTotal);
    }

    /** How much the funder behind would have to add. */
    public Money gap() {
        return firstTotal.minus(secondTotal).abs();
    }
}
