package org.tremplin.archfixture.conforming.adapter.persistence.jdbc;

import java.util.List;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.application.port.out.Schools;
import org.tremplin.archfixture.conforming.domain.school.School;

/** Conforming: a second driven adapter of the same port, depending on nothing but the core. */
public final class JdbcSchools implements Schools {
    @Override
    public List<School> list(SchoolFilter filter) {
        return List.of();
    }

    @Override
    public School save(School school) {
        return school;
    }
}
