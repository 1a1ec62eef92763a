package org.tremplin.archfixture.adapterusesadapter.ui;

import org.tremplin.archfixture.adapterusesadapter.adapter.persistence.memory.InMemorySchools;

/** Violation: one adapter (the console) uses another (persistence). */
public class SchoolGrid {
    private final InMemorySchools schools = new InMemorySchools();

    public boolean has(String name) {
        return schools.exists(name);
    }
}
