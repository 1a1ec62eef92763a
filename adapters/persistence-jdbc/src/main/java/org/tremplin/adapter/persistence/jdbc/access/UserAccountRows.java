package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRows extends GenericRepository<UserAccountRow, String> {
    List<UserAccountRow> findByIdIn(Collection<String> id);

    List<UserAccountRow> saveAll(Iterable<UserAccountRow> rows);

    UserAccountRow update(UserAccountRow row);
}
