package org.tremplin.archfixture.applicationusesadapter.application.school;

import org.tremplin.archfixture.applicationusesadapter.adapter.persistence.memory.InMemorySchools;

/** Violation: a use case that knows a concrete adapter. */
public final class SchoolService {
    private final InMemorySchools schools = new InMemorySchools();

    public int count() {
        return schools.size();
    }
}
