package org.tremplin.domain.funding;

import java.util.Collection;
import java.util.Optional;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.shared.Require;

/**
 * A school's (or one cohort's) declaration that two funders contribute equally, as Région
 * Occitanie and Microsoft do at Castelnau-le-Lez.
 */
public record ParityRule(
        ParityRuleId id,
        long version,
        SchoolId schoolId,
        Optional<CohortId> cohortId,
        PartnerId firstFunder,
        PartnerId secondFunder) {

    public ParityRule {
        Require.present(id, "id");
        Require.present(schoolId, "schoolId");
        Require.present(cohortId, "cohortId");
        Require.present(firstFunder, "firstFunder");
        Require.present(secondFunder, "secondFunder");
        if (firstFunder.equals(secondFunder)) {
            throw new InvalidValueException("secondFunder", ErrorCodes.PARITY_SAME_FUNDER,
                    "parity needs two different funders");
        }
    }

    public static ParityRule declare(ParityRuleId id, SchoolId schoolId, Optional<CohortId> cohortId,
                                     PartnerId firstFunder, PartnerId secondFunder) {
        return new ParityRule(id, 0, schoolId, cohortId, firstFunder, secondFunder);
    }

    /** Adds up what each of the two funders committed within the rule's scope, and says whether they match. */
    public ParityStatus check(Collection<FundingCommitment> commitments) {
        Money first = total(commitments, firstFunder);
        Money second = total(commitments, secondFunder);
        return new ParityStatus(this, first, second);
    }

    public ParityRule withVersion(long newVersion) {
        return new ParityRule(id, newVersion, schoolId, cohortId, firstFunder, secondFunder);
    }

    private Money total(Collection<FundingCommitment> commitments, PartnerId funder) {
        return commitments.stream()
                .filter(commitment -> commitment.funderId().equals(funder))
                .filter(commitment -> commitment.fallsWithin(schoolId, cohortId))
                .map(FundingCommitment::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
