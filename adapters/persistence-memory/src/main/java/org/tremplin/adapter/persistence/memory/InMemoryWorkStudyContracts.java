package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.out.WorkStudyContracts;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.WorkStudyContract;

public final class InMemoryWorkStudyContracts extends InMemoryRepository<WorkStudyContract, ContractId> implements WorkStudyContracts {
    private final InMemoryLearners learners;

    public InMemoryWorkStudyContracts(InMemoryTransactions transactions, InMemoryLearners learners) {
        super(new InMemoryRecords<>(new RecordShape<>("work-study-contract", WorkStudyContract::id,
                WorkStudyContract::version, WorkStudyContract::withVersion, List.of()), transactions));
        this.learners = learners;
    }

    @Override
    public Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                contract -> Orderings.withinFound(filter.schools(),
                        () -> learners.findById(contract.learnerId()).map(Learner::schoolId))
                        && Orderings.matches(filter.learner(), contract.learnerId())
                        && Orderings.matches(filter.host(), contract.hostId())
                        && Orderings.matches(filter.broken(), contract.isBroken()),
                Orderings.order(sort, InMemoryWorkStudyContracts::by, contract -> contract.id().value()), page);
    }

    @Override
    public List<WorkStudyContract> ofLearner(LearnerId learner) {
        return records.matching(contract -> contract.learnerId().equals(learner)).stream()
                .sorted(Orderings.thenById(Comparator.comparing(WorkStudyContract::startDate), contract -> contract.id().value()))
                .toList();
    }

    private static Comparator<WorkStudyContract> by(ContractSortKey key) {
        return switch (key) {
            case START_DATE -> Comparator.comparing(WorkStudyContract::startDate);
            case PLANNED_END_DATE -> Comparator.comparing(WorkStudyContract::plannedEndDate);
        };
    }
}
