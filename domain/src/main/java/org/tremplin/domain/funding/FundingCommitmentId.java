package org.tremplin.domain.funding;

import java.util.UUID;
import org.tremplin.domain.shared.Identifiers;

/** Identifies a funding commitment; assigned by the application, never by the database. */
public record FundingCommitmentId(UUID value) {
    public FundingCommitmentId {
        Identifiers.require(value, "fundingCommitmentId");
    }

    public static FundingCommitmentId parse(String text) {
        return new FundingCommitmentId(Identifiers.parse(text, "fundingCommitmentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
