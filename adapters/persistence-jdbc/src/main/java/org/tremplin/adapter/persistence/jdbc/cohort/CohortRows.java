package org.tremplin.adapter.persistence.jdbc.cohort;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import org.tremplin.adapter.persistence.jdbc.support.RowStore;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CohortRows extends RowStore<CohortRow> {
}
