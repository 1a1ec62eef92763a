package org.tremplin.adapter.rest.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityStatus;

/**
 * A parity rule checked against the ledger: what each funder committed within the rule's scope (all
 * years), whether the two totals are equal to the cent, and the gap the funder behind would have to add.
 */
@Serdeable
public record ParityStatusJson(String ruleId, long ruleVersion, String schoolId, @Nullable String cohortId,
                               String firstFunderId, String secondFunderId, String firstTotal, long firstTotalCents,
                               String secondTotal, long secondTotalCents, boolean atParity, String gap,
                               long gapCents) {

    static ParityStatusJson of(ParityStatus status) {
        ParityRule rule = status.rule();
        return new ParityStatusJson(rule.id().toString(), rule.version(), rule.schoolId().toString(),
                rule.cohortId().map(CohortId::toString).orElse(null), rule.firstFunder().toString(),
                rule.secondFunder().toString(), MoneyJson.euros(status.firstTotal()), status.firstTotal().cents(),
                MoneyJson.euros(status.secondTotal()), status.secondTotal().cents(), status.honoured(),
                MoneyJson.euros(status.gap()), status.gap().cents());
    }
}
