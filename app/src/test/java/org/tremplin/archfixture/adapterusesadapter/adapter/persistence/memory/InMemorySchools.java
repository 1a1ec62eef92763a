package org.tremplin.archfixture.adapterusesadapter.adapter.persistence.memory;

import org.tremplin.archfixture.adapterusesadapter.application.port.out.Schools;

public final class InMemorySchools implements Schools {
    @Override
    public boolean exists(String name) {
        return false;
    }
}
