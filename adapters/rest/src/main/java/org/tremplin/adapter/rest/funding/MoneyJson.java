package org.tremplin.adapter.rest.funding;

import org.tremplin.domain.shared.Money;

/** Amounts as the API shows them: a decimal string in euros with two decimals ("12500.00"), and whole cents. */
final class MoneyJson {
    private MoneyJson() {
    }

    static String euros(Money money) {
        return money.toEuros().toPlainString();
    }
}
