package org.tremplin.adapter.persistence.jdbc.school;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SchoolRows extends GenericRepository<SchoolRow, String> {
    List<SchoolRow> findByIdIn(Collection<String> id);

    List<SchoolRow> saveAll(Iterable<SchoolRow> rows);

    SchoolRow update(SchoolRow row);
}
