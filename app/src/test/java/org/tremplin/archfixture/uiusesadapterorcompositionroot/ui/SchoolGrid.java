package org.tremplin.archfixture.uiusesadapterorcompositionroot.ui;

import org.tremplin.archfixture.uiusesadapterorcompositionroot.adapter.persistence.memory.InMemorySchools;

/** Violation: the console reads the persistence adapter. */
public class SchoolGrid {
    public int size(InMemorySchools schools) {
        return schools.size();
    }
}
