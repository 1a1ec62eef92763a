package org.tremplin.adapter.persistence.jdbc.programme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeRows extends GenericRepository<ProgrammeRow, String> {
    List<ProgrammeRow> findByIdIn(Collection<String> id);

    List<ProgrammeRow> saveAll(Iterable<ProgrammeRow> rows);

    ProgrammeRow update(ProgrammeRow row);
}
