package org.tremplin.archfixture.undeclaredadapter.adapter.messaging;

import org.tremplin.archfixture.undeclaredadapter.application.port.out.Schools;
import org.tremplin.archfixture.undeclaredadapter.domain.school.School;

/** Violation: an adapter that nobody declared, hence that no layer rule would check. */
public final class SchoolEvents implements Schools {
    @Override
    public School save(School school) {
        return school;
    }
}
