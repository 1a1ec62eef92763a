package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;

public final class InMemoryCohorts extends InMemoryRepository<Cohort, CohortId> implements Cohorts {
    public InMemoryCohorts(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("cohort", Cohort::id, Cohort::version, Cohort::withVersion,
                List.of(new UniqueKey<>("name",
                        cohort -> Optional.of(List.of(cohort.schoolId(), TextMatch.fold(cohort.name())))))),
                transactions));
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                cohort -> Orderings.within(filter.schools(), cohort.schoolId())
                        && Orderings.matches(filter.programme(), cohort.programmeId())
                        && Orderings.between(filter.startsFrom(), filter.startsTo(), cohort.startDate()),
                Orderings.order(sort, InMemoryCohorts::by, cohort -> cohort.id().value()), page);
    }

    private static Comparator<Cohort> by(CohortSortKey key) {
        return switch (key) {
            case START_DATE -> Comparator.comparing(Cohort::startDate);
            case NAME -> Orderings.text(Cohort::name);
        };
    }
}
