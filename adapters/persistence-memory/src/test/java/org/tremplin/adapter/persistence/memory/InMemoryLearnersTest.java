package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.LearnersContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryLearnersTest extends LearnersContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
