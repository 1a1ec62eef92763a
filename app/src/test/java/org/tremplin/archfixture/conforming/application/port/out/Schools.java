package org.tremplin.archfixture.conforming.application.port.out;

import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import java.util.List;
import org.tremplin.archfixture.conforming.domain.school.School;

public interface Schools {
    List<School> list(SchoolFilter filter);

    School save(School school);
}
