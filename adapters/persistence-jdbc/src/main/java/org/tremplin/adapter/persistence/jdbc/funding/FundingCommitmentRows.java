package org.tremplin.adapter.persistence.jdbc.funding;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FundingCommitmentRows extends GenericRepository<FundingCommitmentRow, String> {
    List<FundingCommitmentRow> findByIdIn(Collection<String> id);

    List<FundingCommitmentRow> saveAll(Iterable<FundingCommitmentRow> rows);

    FundingCommitmentRow update(FundingCommitmentRow row);
}
