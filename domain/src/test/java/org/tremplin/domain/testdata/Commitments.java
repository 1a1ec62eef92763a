package org.tremplin.domain.testdata;

import java.util.Optional;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;

/** Funding commitments; by default 100 000 EUR for the whole default school in 2024. */
public final class Commitments {
    private static int sequence;

    private PartnerId funder = Ids.partner(1);
    private SchoolId school = Ids.school();
    private Optional<CohortId> cohort = Optional.empty();
    private Money amount = Money.euros(100_000);
    private int year = 2024;

    private Commitments() {
    }

    public static Commitments aCommitment() {
        return new Commitments();
    }

    public Commitments by(PartnerId newFunder) {
        funder = newFunder;
        return this;
    }

    public Commitments forSchool(SchoolId newSchool) {
        school = newSchool;
        return this;
    }

    public Commitments forCohort(CohortId newCohort) {
        cohort = Optional.of(newCohort);
        return this;
    }

    public Commitments of(Money newAmount) {
        amount = newAmount;
        return this;
    }

    public Commitments of(String euros) {
        return of(Money.parse(euros, "amount"));
    }

    public Commitments in(int newYear) {
        year = newYear;
        return this;
    }

    public FundingCommitment build() {
        return FundingCommitment.commit(Ids.commitment(++sequence), funder, school, cohort, amount, year);
    }
}
