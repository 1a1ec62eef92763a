package org.tremplin.adapter.persistence.jdbc.applicant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApplicantRows extends GenericRepository<ApplicantRow, String> {
    List<ApplicantRow> findByIdIn(Collection<String> id);

    List<ApplicantRow> saveAll(Iterable<ApplicantRow> rows);

    ApplicantRow update(ApplicantRow row);
}
