package org.tremplin.archfixture.undeclaredadapter.application.port.out;

import org.tremplin.archfixture.undeclaredadapter.domain.school.School;

public interface Schools {
    School save(School school);
}
