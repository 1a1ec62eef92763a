package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;

public final class InMemoryEmploymentOutcomes extends InMemoryRepository<EmploymentOutcome, OutcomeId> implements EmploymentOutcomes {
    private final InMemoryLearners learners;

    public InMemoryEmploymentOutcomes(InMemoryTransactions transactions, InMemoryLearners learners) {
        super(new InMemoryRecords<>(new RecordShape<>("employment-outcome", EmploymentOutcome::id,
                EmploymentOutcome::version, EmploymentOutcome::withVersion, List.of()), transactions));
        this.learners = learners;
    }

    @Override
    public Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                outcome -> Orderings.withinFound(filter.schools(),
                        () -> learners.findById(outcome.learnerId()).map(Learner::schoolId))
                        && Orderings.matches(filter.learner(), outcome.learnerId())
                        && Orderings.matches(filter.situation(), outcome.situation())
                        && Orderings.between(filter.observedFrom(), filter.observedTo(), outcome.observedOn()),
                Orderings.order(sort, InMemoryEmploymentOutcomes::by, outcome -> outcome.id().value()), page);
    }

    @Override
    public List<EmploymentOutcome> ofLearner(LearnerId learner) {
        return records.matching(outcome -> outcome.learnerId().equals(learner)).stream()
                .sorted(Orderings.thenById(Comparator.comparing(EmploymentOutcome::observedOn), outcome -> outcome.id().value()))
                .toList();
    }

    @Override
    public void delete(OutcomeId id, long version) {
        records.delete(id, version);
    }

    private static Comparator<EmploymentOutcome> by(OutcomeSortKey key) {
        return switch (key) {
            case OBSERVED_ON -> Comparator.comparing(EmploymentOutcome::observedOn);
        };
    }
}
