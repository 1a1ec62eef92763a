package org.tremplin.archfixture.conforming.testdata;

import java.util.UUID;
import org.tremplin.archfixture.conforming.application.port.out.Schools;
import org.tremplin.archfixture.conforming.domain.school.School;
import org.tremplin.archfixture.conforming.domain.school.SchoolId;

/** Conforming: a support module that builds domain objects and saves them through outbound ports. */
public final class GeneratedSchools {
    public School saveOne(Schools schools) {
        return schools.save(new School(new SchoolId(new UUID(0, 1)), "École IA"));
    }
}
