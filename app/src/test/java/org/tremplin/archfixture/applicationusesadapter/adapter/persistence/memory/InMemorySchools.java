package org.tremplin.archfixture.applicationusesadapter.adapter.persistence.memory;

public final class InMemorySchools {
    public int size() {
        return 0;
    }
}
