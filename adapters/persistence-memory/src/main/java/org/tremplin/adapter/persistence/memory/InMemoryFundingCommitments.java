package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.in.FundingFilter;
import org.tremplin.application.port.in.FundingSortKey;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.school.SchoolId;

public final class InMemoryFundingCommitments extends InMemoryRepository<FundingCommitment, FundingCommitmentId> implements FundingCommitments {
    public InMemoryFundingCommitments(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("funding-commitment", FundingCommitment::id,
                FundingCommitment::version, FundingCommitment::withVersion, List.of()), transactions));
    }

    @Override
    public Page<FundingCommitment> list(FundingFilter filter, Sort<FundingSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                commitment -> Orderings.within(filter.schools(), commitment.schoolId())
                        && (filter.cohort().isEmpty() || filter.cohort().equals(commitment.cohortId()))
                        && Orderings.matches(filter.funder(), commitment.funderId())
                        && Orderings.matches(filter.year(), commitment.year()),
                Orderings.order(sort, InMemoryFundingCommitments::by, commitment -> commitment.id().value()), page);
    }

    @Override
    public List<FundingCommitment> ofSchool(SchoolId school) {
        return records.matching(commitment -> commitment.schoolId().equals(school)).stream()
                .sorted(Orderings.byId(commitment -> commitment.id().value())).toList();
    }

    @Override
    public void delete(FundingCommitmentId id, long version) {
        records.delete(id, version);
    }

    private static Comparator<FundingCommitment> by(FundingSortKey key) {
        return switch (key) {
            case YEAR -> Comparator.comparingInt(FundingCommitment::year);
            case AMOUNT -> Comparator.comparing(FundingCommitment::amount);
        };
    }
}
