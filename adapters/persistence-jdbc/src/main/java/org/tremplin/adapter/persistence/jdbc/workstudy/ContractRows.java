package org.tremplin.adapter.persistence.jdbc.workstudy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContractRows extends GenericRepository<ContractRow, String> {
    List<ContractRow> findByIdIn(Collection<String> id);

    List<ContractRow> saveAll(Iterable<ContractRow> rows);

    ContractRow update(ContractRow row);
}
