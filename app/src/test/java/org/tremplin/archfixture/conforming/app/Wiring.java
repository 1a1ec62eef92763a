package org.tremplin.archfixture.conforming.app;

import org.tremplin.archfixture.conforming.adapter.persistence.memory.InMemorySchools;
import org.tremplin.archfixture.conforming.adapter.rest.SchoolResource;
import org.tremplin.archfixture.conforming.application.school.SchoolService;
import org.tremplin.archfixture.conforming.ui.SchoolView;

/** The composition root may depend on everything. */
public final class Wiring {
    private Wiring() {
    }

    public static SchoolView console() {
        return new SchoolView(new SchoolService(new InMemorySchools()));
    }

    public static SchoolResource api() {
        return new SchoolResource(new SchoolService(new InMemorySchools()));
    }
}
