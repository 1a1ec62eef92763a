package org.tremplin.adapter.persistence.jdbc.partner;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PartnerRows extends GenericRepository<PartnerRow, String> {
    List<PartnerRow> findByIdIn(Collection<String> id);

    List<PartnerRow> saveAll(Iterable<PartnerRow> rows);

    PartnerRow update(PartnerRow row);
}
