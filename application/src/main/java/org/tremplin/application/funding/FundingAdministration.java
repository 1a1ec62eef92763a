package org.tremplin.application.funding;

import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

/** Inbound port: the funding ledger and the parity rules between funders. */
public interface FundingAdministration {
    /**
     * Records a commitment. The funder must play the funder role for the school.
     *
     * @param amount in euros, with a dot or a comma before the cents: "125000" or "125000,50"
     */
    FundingCommitment commit(PartnerId funder, SchoolId school, Optional<CohortId> cohort, String amount, int year);

    FundingCommitment amend(FundingCommitmentId id, long version, String amount, int year);

    void withdraw(FundingCommitmentId id, long version);

    /** One commitment, if the caller may read funding and the commitment's school is within their scope. */
    FundingCommitment get(FundingCommitmentId id);

    Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page);

    ParityRule declareParity(SchoolId school, Optional<CohortId> cohort, PartnerId firstFunder, PartnerId secondFunder);

    void removeParity(ParityRuleId id, long version);

    /** Each parity rule of the school, checked against its commitments. */
    List<ParityStatus> parity(SchoolId school);
}
