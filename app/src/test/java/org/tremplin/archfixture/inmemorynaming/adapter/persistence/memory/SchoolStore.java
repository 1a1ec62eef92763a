package org.tremplin.archfixture.inmemorynaming.adapter.persistence.memory;

import org.tremplin.archfixture.inmemorynaming.application.port.out.Schools;

/** Violation: implements an outbound port but is not named InMemory*. */
public final class SchoolStore implements Schools {
    @Override
    public int count() {
        return 0;
    }
}
