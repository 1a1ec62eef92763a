package org.tremplin.archfixture.conforming.application.school;

import java.util.List;
import java.util.UUID;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.application.port.out.Schools;
import org.tremplin.archfixture.conforming.domain.school.School;
import org.tremplin.archfixture.conforming.domain.school.SchoolId;

public final class SchoolService implements SchoolAdministration {
    private final Schools schools;

    public SchoolService(Schools schools) {
        this.schools = schools;
    }

    @Override
    public List<School> list(SchoolFilter filter) {
        return schools.list(filter);
    }

    @Override
    public School open(String name) {
        return schools.save(new School(new SchoolId(UUID.randomUUID()), name));
    }
}
