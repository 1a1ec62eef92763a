package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.SchoolsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemorySchoolsTest extends SchoolsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
