package org.tremplin.application.port.out;

import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.school.SchoolId;

/** The funding ledger. */
public interface FundingCommitments extends Repository<FundingCommitment, FundingCommitmentId> {
    Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page);

    /** Every commitment for the school or one of its cohorts; a school's ledger is short. */
    List<FundingCommitment> ofSchool(SchoolId school);

    /** Removes the commitment if its stored version is {@code version}; a conflict otherwise. */
    void delete(FundingCommitmentId id, long version);
}
