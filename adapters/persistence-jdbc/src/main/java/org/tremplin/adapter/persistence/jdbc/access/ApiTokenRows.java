package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRows extends GenericRepository<ApiTokenRow, String> {
    List<ApiTokenRow> findByIdIn(Collection<String> id);

    List<ApiTokenRow> saveAll(Iterable<ApiTokenRow> rows);

    ApiTokenRow update(ApiTokenRow row);
}
