package org.tremplin.archfixture.servicewithoutport.application.learner;

import org.tremplin.archfixture.servicewithoutport.application.school.SchoolAdministration;

/** Violation: implements an inbound port, but of another package. */
public final class LearnerService implements SchoolAdministration {
    @Override
    public int count() {
        return 0;
    }
}
