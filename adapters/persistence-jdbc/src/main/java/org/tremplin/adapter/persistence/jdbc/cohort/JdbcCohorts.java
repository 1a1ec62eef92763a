package org.tremplin.adapter.persistence.jdbc.cohort;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

@Singleton
public final class JdbcCohorts extends RowTable<Cohort, CohortId, CohortRow> implements Cohorts {
    JdbcCohorts(CohortRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "cohort", "cohort", Cohort::id, Cohort::version, Cohort::withVersion);
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("cohort c", "c.id")
                .whereSchoolIn("c.school_id", filter.schools())
                .whereEquals("c.programme_id", filter.programme().map(ProgrammeId::value))
                .whereBetween("c.start_date", filter.startsFrom(), filter.startsTo())
                .whereUpdatedSince("c.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case START_DATE -> query.orderBy("c.start_date", sort.isAscending());
            case NAME -> query.orderBy("c.name", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    protected CohortRow row(Cohort cohort, String updatedAt) {
        return new CohortRow(cohort.id().toString(), cohort.version(), cohort.schoolId().toString(),
                cohort.programmeId().toString(), cohort.name(), cohort.startDate(), cohort.seats(),
                cohort.phases().centreMonths(), cohort.phases().workStudyMonths(), updatedAt);
    }

    @Override
    protected List<Cohort> records(List<CohortRow> rows) {
        return rows.stream()
                .map(row -> new Cohort(CohortId.parse(row.id()), row.version(), SchoolId.parse(row.schoolId()),
                        ProgrammeId.parse(row.programmeId()), row.name(), row.startDate(), row.seats(),
                        new PhaseLengths(row.centreMonths(), row.workStudyMonths())))
                .toList();
    }
}
