package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.CohortsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryCohortsTest extends CohortsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
