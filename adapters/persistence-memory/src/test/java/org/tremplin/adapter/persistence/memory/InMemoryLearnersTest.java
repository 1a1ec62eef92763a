package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.LearnersPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryLearnersTest extends LearnersPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
