package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.SchoolsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemorySchoolsTest extends SchoolsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
