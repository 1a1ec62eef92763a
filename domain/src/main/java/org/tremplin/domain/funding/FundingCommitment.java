package org.tremplin.domain.funding;

import java.util.Optional;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.shared.Require;

/**
 * A funder's commitment of an amount for a school, or for one of its cohorts, in a given year.
 *
 * @param cohortId the cohort the money is for, or empty when it is for the school as a whole
 */
public record FundingCommitment(
        FundingCommitmentId id,
        long version,
        PartnerId funderId,
        SchoolId schoolId,
        Optional<CohortId> cohortId,
        Money amount,
        int year) {

    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2100;

    public FundingCommitment {
        Require.present(id, "id");
        Require.present(funderId, "funderId");
        Require.present(schoolId, "schoolId");
        Require.present(cohortId, "cohortId");
        Require.present(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", ErrorCodes.AMOUNT_NOT_POSITIVE, "amount must be more than zero");
        }
        Require.between(year, FIRST_YEAR, LAST_YEAR, "year");
    }

    public static FundingCommitment commit(FundingCommitmentId id, PartnerId funderId, SchoolId schoolId,
                                           Optional<CohortId> cohortId, Money amount, int year) {
        return new FundingCommitment(id, 0, funderId, schoolId, cohortId, amount, year);
    }

    public FundingCommitment amend(Money newAmount, int newYear) {
        return new FundingCommitment(id, version, funderId, schoolId, cohortId, newAmount, newYear);
    }

    /** Whether this commitment counts for a parity rule's scope: a school's rule counts all its commitments. */
    public boolean fallsWithin(SchoolId school, Optional<CohortId> cohort) {
        return schoolId.equals(school) && (cohort.isEmpty() || cohort.equals(cohortId));
    }

    public FundingCommitment withVersion(long newVersion) {
        return new FundingCommitment(id, newVersion, funderId, schoolId, cohortId, amount, year);
    }
}
