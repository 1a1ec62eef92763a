package org.tremplin.adapter.persistence.jdbc.cohort;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CohortRows extends GenericRepository<CohortRow, String> {
    List<CohortRow> findByIdIn(Collection<String> id);

    List<CohortRow> saveAll(Iterable<CohortRow> rows);

    CohortRow update(CohortRow row);
}
