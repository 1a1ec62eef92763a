package org.tremplin.archfixture.inmemorynaming.adapter.persistence.memory;

import org.tremplin.archfixture.inmemorynaming.application.port.out.Schools;

/** Conforming neighbour. */
public final class InMemorySchools implements Schools {
    @Override
    public int count() {
        return 0;
    }
}
