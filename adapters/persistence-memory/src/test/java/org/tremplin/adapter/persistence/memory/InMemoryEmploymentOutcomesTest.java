package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.EmploymentOutcomesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryEmploymentOutcomesTest extends EmploymentOutcomesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
