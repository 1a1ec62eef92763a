package org.tremplin.adapter.persistence.jdbc.programme;

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
import org.tremplin.application.port.in.ProgrammeFilter;
import org.tremplin.application.port.in.ProgrammeSortKey;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.programme.RncpCode;

@Singleton
public final class JdbcProgrammes extends RowTable<Programme, ProgrammeId, ProgrammeRow> implements Programmes {
    JdbcProgrammes(ProgrammeRows rows, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "programme", "programme", Programme::id, Programme::version, Programme::withVersion);
    }

    @Override
    public Page<Programme> list(ProgrammeFilter filter, Sort<ProgrammeSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("programme p", "p.id").whereText(filter.text(), "p.title")
                .whereUpdatedSince("p.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case TITLE -> query.orderBy("p.title", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    protected ProgrammeRow row(Programme programme, String updatedAt) {
        return new ProgrammeRow(programme.id().toString(), programme.version(), programme.title(),
                programme.rncpCode().map(RncpCode::value).orElse(null), programme.level().orElse(null),
                programme.phases().centreMonths(), programme.phases().workStudyMonths(), updatedAt);
    }

    @Override
    protected List<Programme> records(List<ProgrammeRow> rows) {
        return rows.stream()
                .map(row -> new Programme(ProgrammeId.parse(row.id()), row.version(), row.title(),
                        Optional.ofNullable(row.rncpCode()).map(RncpCode::new), Optional.ofNullable(row.level()),
                        new PhaseLengths(row.centreMonths(), row.workStudyMonths())))
                .toList();
    }
}
