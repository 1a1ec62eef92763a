package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.CohortsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryCohortsTest extends CohortsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
