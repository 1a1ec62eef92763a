package org.tremplin.archfixture.conforming.application.school;

import java.util.List;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.domain.school.School;

/** Inbound port. */
public interface SchoolAdministration {
    List<School> list(SchoolFilter filter);

    School open(String name);
}
