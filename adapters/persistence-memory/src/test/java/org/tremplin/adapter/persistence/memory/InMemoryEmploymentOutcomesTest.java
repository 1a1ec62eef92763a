package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.EmploymentOutcomesContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryEmploymentOutcomesTest extends EmploymentOutcomesContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
