package org.tremplin.domain.funding;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.tremplin.domain.testdata.IdentifierContract;

@DisplayName("FundingCommitmentId")
class FundingCommitmentIdTest extends IdentifierContract<FundingCommitmentId> {
    @Override
    protected FundingCommitmentId of(UUID value) {
        return new FundingCommitmentId(value);
    }

    @Override
    protected FundingCommitmentId parse(String text) {
        return FundingCommitmentId.parse(text);
    }

    @Override
    protected UUID valueOf(FundingCommitmentId id) {
        return id.value();
    }

    @Override
    protected String field() {
        return "fundingCommitmentId";
    }
}
