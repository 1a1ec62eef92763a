package org.tremplin.adapter.rest.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;

/** A commitment; {@code amount} in euros as a decimal string ("12500.00"), {@code amountCents} the same in cents. */
@Serdeable
public record FundingCommitmentJson(String id, long version, String funderId, String schoolId,
                                    @Nullable String cohortId, String amount, long amountCents, int year)
        implements RecordJson {

    static FundingCommitmentJson of(FundingCommitment commitment) {
        return new FundingCommitmentJson(commitment.id().toString(), commitment.version(),
                commitment.funderId().toString(), commitment.schoolId().toString(),
                commitment.cohortId().map(CohortId::toString).orElse(null), MoneyJson.euros(commitment.amount()),
                commitment.amount().cents(), commitment.year());
    }
}
