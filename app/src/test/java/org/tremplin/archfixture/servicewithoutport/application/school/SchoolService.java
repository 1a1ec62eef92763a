package org.tremplin.archfixture.servicewithoutport.application.school;

/** Violation: a service that implements no inbound port. */
public final class SchoolService {
    public int count() {
        return 0;
    }
}
