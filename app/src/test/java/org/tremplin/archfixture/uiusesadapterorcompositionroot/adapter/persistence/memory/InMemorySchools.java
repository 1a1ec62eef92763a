package org.tremplin.archfixture.uiusesadapterorcompositionroot.adapter.persistence.memory;

public final class InMemorySchools {
    public int size() {
        return 0;
    }
}
