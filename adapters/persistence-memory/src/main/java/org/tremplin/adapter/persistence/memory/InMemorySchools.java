package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

public final class InMemorySchools extends InMemoryRepository<School, SchoolId> implements Schools {
    public InMemorySchools(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("school", School::id, School::version, School::withVersion,
                List.of(new UniqueKey<>("name", school -> Optional.of(TextMatch.fold(school.name()))))), transactions));
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                school -> Orderings.within(filter.schools(), school.id())
                        && Orderings.matches(filter.region(), school.region())
                        && Orderings.matches(filter.status(), school.status())
                        && TextMatch.contains(filter.text(), school.name(), school.town()),
                Orderings.order(sort, InMemorySchools::by, school -> school.id().value()), page);
    }

    private static Comparator<School> by(SchoolSortKey key) {
        return switch (key) {
            case NAME -> Orderings.text(School::name);
            case TOWN -> Orderings.text(School::town);
            case REGION -> Orderings.code(School::region);
            case STATUS -> Orderings.code(School::status);
            case OPENED_ON -> Orderings.optional(School::openedOn);
        };
    }
}
