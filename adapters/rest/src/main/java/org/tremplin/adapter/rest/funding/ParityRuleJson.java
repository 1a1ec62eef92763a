package org.tremplin.adapter.rest.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;

/** A parity rule: for the whole school when {@code cohortId} is null. */
@Serdeable
public record ParityRuleJson(String id, long version, String schoolId, @Nullable String cohortId,
                             String firstFunderId, String secondFunderId) implements RecordJson {

    static ParityRuleJson of(ParityRule rule) {
        return new ParityRuleJson(rule.id().toString(), rule.version(), rule.schoolId().toString(),
                rule.cohortId().map(CohortId::toString).orElse(null), rule.firstFunder().toString(),
                rule.secondFunder().toString());
    }
}
