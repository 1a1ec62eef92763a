package org.tremplin.archfixture.undeclaredadapter.adapter.persistence.memory;

import org.tremplin.archfixture.undeclaredadapter.application.port.out.Schools;
import org.tremplin.archfixture.undeclaredadapter.domain.school.School;

public final class InMemorySchools implements Schools {
    @Override
    public School save(School school) {
        return school;
    }
}
