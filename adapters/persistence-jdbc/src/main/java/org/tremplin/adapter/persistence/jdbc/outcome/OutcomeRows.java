package org.tremplin.adapter.persistence.jdbc.outcome;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutcomeRows extends GenericRepository<OutcomeRow, String> {
    List<OutcomeRow> findByIdIn(Collection<String> id);

    List<OutcomeRow> saveAll(Iterable<OutcomeRow> rows);

    OutcomeRow update(OutcomeRow row);
}
