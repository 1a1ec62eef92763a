package org.tremplin.adapter.persistence.jdbc.funding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParityRuleRows extends GenericRepository<ParityRuleRow, String> {
    List<ParityRuleRow> findByIdIn(Collection<String> id);

    List<ParityRuleRow> saveAll(Iterable<ParityRuleRow> rows);

    ParityRuleRow update(ParityRuleRow row);
}
