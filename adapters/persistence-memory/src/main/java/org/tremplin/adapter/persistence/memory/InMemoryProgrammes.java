package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;

public final class InMemoryProgrammes extends InMemoryRepository<Programme, ProgrammeId> implements Programmes {
    public InMemoryProgrammes(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("programme", Programme::id, Programme::version,
                Programme::withVersion, List.of()), transactions));
    }

    @Override
    public Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                programme -> TextMatch.contains(filter.text(), programme.title()),
                Orderings.order(sort, InMemoryProgrammes::by, programme -> programme.id().value()), page);
    }

    private static Comparator<Programme> by(ProgrammeSortKey key) {
        return switch (key) {
            case TITLE -> Orderings.text(Programme::title);
        };
    }
}
