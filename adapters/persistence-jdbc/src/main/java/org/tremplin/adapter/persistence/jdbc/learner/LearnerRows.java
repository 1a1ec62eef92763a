package org.tremplin.adapter.persistence.jdbc.learner;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LearnerRows extends GenericRepository<LearnerRow, String> {
    List<LearnerRow> findByIdIn(Collection<String> id);

    List<LearnerRow> saveAll(Iterable<LearnerRow> rows);

    LearnerRow update(LearnerRow row);
}
