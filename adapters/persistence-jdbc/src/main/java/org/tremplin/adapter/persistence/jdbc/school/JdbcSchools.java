package org.tremplin.adapter.persistence.jdbc.school;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.out.Schools;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;

@Singleton
public final class JdbcSchools extends RowTable<School, SchoolId, SchoolRow> implements Schools {
    JdbcSchools(SchoolRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "school", "school", School::id, School::version, School::withVersion);
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("school s", "s.id")
                .whereSchoolIn("s.id", filter.schools())
                .whereEquals("s.region", filter.region())
                .whereEquals("s.status", filter.status())
                .whereText(filter.text(), "s.name", "s.town")
                .whereUpdatedSince("s.updated_at", filter.updatedSince());
        boolean ascending = sort.isAscending();
        switch (sort.key()) {
            case NAME -> query.orderBy("s.name", ascending);
            case TOWN -> query.orderBy("s.town", ascending);
            case REGION -> query.orderByCode("s.region", ascending);
            case STATUS -> query.orderByCode("s.status", ascending);
            case OPENED_ON -> query.orderBy("s.opened_on", ascending);
        }
        return page(query, page);
    }

    @Override
    protected SchoolRow row(School school, String updatedAt) {
        return new SchoolRow(school.id().toString(), school.version(), school.name(), school.town(),
                school.region().name(), school.departement().code(), school.status().name(),
                school.openedOn().orElse(null), school.closedOn().orElse(null), updatedAt);
    }

    @Override
    protected List<School> records(List<SchoolRow> rows) {
        return rows.stream()
                .map(row -> new School(SchoolId.parse(row.id()), row.version(), row.name(), row.town(), Region.valueOf(row.region()),
                        new Departement(row.departement()), SchoolStatus.valueOf(row.status()),
                        Optional.ofNullable(row.openedOn()), Optional.ofNullable(row.closedOn())))
                .toList();
    }
}
